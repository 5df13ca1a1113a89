import { type ReactNode, useEffect } from 'react';
import { ArticleLayout } from '../../src';
import type { JudgedPage } from '../support/judged-pages';

/** What the hydration entry leaves on `window` for the judge to read. */
export interface HydrationReport {
  /** Set once React has committed the hydrated tree. */
  hydrated: boolean;
  /** Errors React recovered from (a mismatch makes it throw the server markup away and render anew). */
  recoverableErrors: string[];
}

/** Marks the end of hydration: effects run only once the tree is committed in the browser, never on the server. */
function HydrationProbe({ children }: { children: ReactNode }) {
  useEffect(() => {
    (window as unknown as { manchetteHydration: HydrationReport }).manchetteHydration.hydrated = true;
  }, []);
  return children;
}

/**
 * The tree a host renders on the server and hydrates in the browser: one
 * article page, with the same props on both sides. The probe renders no
 * element and sits above the layout on both sides, so it changes neither the
 * markup nor the ids React derives from tree positions.
 */
export function HydrationTree({ page }: { page: JudgedPage }) {
  return (
    <HydrationProbe>
      <ArticleLayout
        article={page.article}
        related={page.related}
        site={page.site}
        headingLevel={1}
        imageLoader={page.imageLoader}
      />
    </HydrationProbe>
  );
}
