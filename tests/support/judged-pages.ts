import { exampleSite, otanKievConseilAbonnes, seedFixtures } from '../../fixtures';
import type { Article, SiteConfig, Teaser } from '../../src/model';
import { unseenArticles } from '../judges/unseen-articles';

/** A page the judges check: a seed article or an article the project has never seen. */
export interface JudgedPage {
  /** Stable name, used in file names and URLs (`seed-…`, `variant-…`, `unseen-…`). */
  id: string;
  /** A seed as scraped, a seed made into another kind of page (subscriber-only, corrected), or an unseen article. */
  kind: 'seed' | 'variant' | 'unseen';
  article: Article;
  related: Teaser[];
  site: SiteConfig;
}

/**
 * The five seed articles, a paywalled variant of the first with a correction,
 * and the unseen ones, with the site that publishes them. Framework-free data, so that a browser bundle (the hydration entry)
 * can import it as well as the Node judges.
 */
export function judgedPages(): JudgedPage[] {
  const seeds = seedFixtures.map(({ id, article, related }) => ({
    id: `seed-${id}`,
    kind: 'seed' as const,
    article,
    related: [...related],
  }));
  const unseen = unseenArticles.map(({ id, article, related }) => ({
    id,
    kind: 'unseen' as const,
    article,
    related: [...related],
  }));
  const variants = [otanKievConseilAbonnes].map(({ id, article, related }) => ({
    id: `variant-${id}`,
    kind: 'variant' as const,
    article,
    related: [...related],
  }));
  return [...seeds, ...variants, ...unseen].map((page) => ({ ...page, site: exampleSite }));
}
