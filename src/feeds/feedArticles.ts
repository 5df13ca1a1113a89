import { parseIsoDateTime } from '../dates';
import type { Article, SiteConfig } from '../model';
import { type ArticleFacts, articleFacts } from '../seo/articleFacts';

/** An article a feed can list: its facts, with an absolute canonical URL, and its publication instant when it has a valid one. */
export interface FeedArticle {
  article: Article;
  facts: ArticleFacts & { canonical: string };
  published: Date | undefined;
}

/** The publication instant of an article, or undefined when its date is missing or not ISO 8601 with an offset. */
export function publishedAt(article: Article): Date | undefined {
  const date = article !== null && typeof article === 'object' ? article.datePublished : undefined;
  return typeof date === 'string' ? parseIsoDateTime(date) : undefined;
}

/**
 * The articles a feed lists, read as the page and the JSON-LD read them
 * (`articleFacts`: the same typeset headline, absolute URLs, dates), newest
 * first. An article that is not an object, or whose URL is no usable http(s)
 * URL, is left out; so is a second article at the same URL.
 */
export function feedArticles(articles: readonly Article[], site: SiteConfig): FeedArticle[] {
  if (!Array.isArray(articles)) return [];
  const config = site !== null && typeof site === 'object' ? site : ({} as SiteConfig);
  const seen = new Set<string>();
  const listed: FeedArticle[] = [];
  for (const article of articles) {
    if (article === null || typeof article !== 'object') continue;
    const facts = articleFacts(article, config);
    const canonical = facts.canonical;
    if (canonical === undefined || seen.has(canonical)) continue;
    seen.add(canonical);
    listed.push({ article, facts: { ...facts, canonical }, published: publishedAt(article) });
  }
  // Undated articles last; the sort is stable, so equal dates keep the caller's order.
  return listed.sort((a, b) => {
    if (a.published === undefined || b.published === undefined) {
      return (a.published === undefined ? 1 : 0) - (b.published === undefined ? 1 : 0);
    }
    return b.published.getTime() - a.published.getTime();
  });
}
