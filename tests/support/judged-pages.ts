import { exampleSite, otanKievConseilAbonnes, seedFixtures } from '../../fixtures';
import type { ImageLoader } from '../../src/images';
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
  /** The resizing service the page's images go through, when it uses one. */
  imageLoader?: ImageLoader;
}

/**
 * An imgix- or Cloudinary-style loader: the width in the query string. The
 * judges' static server ignores the query and serves the file, so every
 * candidate of `srcset` really loads.
 */
export const queryStringLoader: ImageLoader = (src, width) => `${src}?w=${width}&fm=jpg`;

/**
 * The five seed articles, a paywalled variant of the first with a correction
 * and its images through a resizing service, and the unseen ones, with the site that publishes them. Framework-free data, so that a browser bundle (the hydration entry)
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
  // The paywalled page with a correction, its images through a resizing service.
  const variants = [otanKievConseilAbonnes].map(({ id, article, related }) => ({
    id: `variant-${id}`,
    kind: 'variant' as const,
    article,
    related: [...related],
    imageLoader: queryStringLoader,
  }));
  return [...seeds, ...variants, ...unseen].map((page) => ({ ...page, site: exampleSite }));
}
