import { exampleSite, seedFixtures } from '../../fixtures';
import type { Article, SiteConfig, Teaser } from '../../src/model';
import { renderArticleDocument } from '../../src/server';
import { unseenArticles } from '../judges/unseen-articles';

/** A page the judges check: a seed article or an article the project has never seen, fully rendered. */
export interface JudgedDocument {
  /** Stable name, used in file names and URLs (`seed-…`, `unseen-…`). */
  id: string;
  kind: 'seed' | 'unseen';
  article: Article;
  related: Teaser[];
  site: SiteConfig;
  /** The complete document `renderArticleDocument` returns. */
  html: string;
}

/** The pages every judge checks: the five seed articles and the unseen ones, each rendered by `renderArticleDocument`. */
export function judgedDocuments(): JudgedDocument[] {
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
  return [...seeds, ...unseen].map((page) => ({
    ...page,
    site: exampleSite,
    html: renderArticleDocument({ article: page.article, site: exampleSite, related: page.related }),
  }));
}
