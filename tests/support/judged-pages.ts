import { exampleSite, seedFixtures } from '../../fixtures';
import type { Article, SiteConfig, Teaser } from '../../src/model';
import { unseenArticles } from '../judges/unseen-articles';

/** A page the judges check: a seed article or an article the project has never seen. */
export interface JudgedPage {
  /** Stable name, used in file names and URLs (`seed-…`, `unseen-…`). */
  id: string;
  kind: 'seed' | 'unseen';
  article: Article;
  related: Teaser[];
  site: SiteConfig;
}

/**
 * The five seed articles and the unseen ones, with the site that publishes
 * them. Framework-free data, so that a browser bundle (the hydration entry)
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
  return [...seeds, ...unseen].map((page) => ({ ...page, site: exampleSite }));
}
