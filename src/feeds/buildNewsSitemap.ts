import { htmlDateTime } from '../dates';
import { warnOnce } from '../dev';
import type { Article, SiteConfig } from '../model';
import { feedArticles, publishedAt } from './feedArticles';
import { element, XML_DECLARATION } from './xml';

/** Options of `buildNewsSitemap`. */
export interface NewsSitemapOptions {
  /** The moment the sitemap is built; articles published in the two days before it are listed. @default new Date() */
  now?: Date | string;
}

/** Google News lists articles published in the last two days. */
const WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/** At most this many `news:news` entries in one sitemap. */
export const MAX_NEWS_URLS = 1000;
const MAX_URL_LENGTH = 2048;

/**
 * The `news:language` of an article: the ISO 639 code of its language (`fr`
 * for `fr-FR` or `fr-BE`), except Chinese, which Google spells `zh-cn`
 * (simplified) or `zh-tw` (traditional).
 */
export function newsLanguage(language: string): string {
  const [primary = 'fr', ...subtags] = language.toLowerCase().split('-');
  if (primary !== 'zh') return primary;
  const traditional = subtags.some(
    (subtag) => subtag === 'hant' || subtag === 'tw' || subtag === 'hk' || subtag === 'mo',
  );
  return traditional ? 'zh-tw' : 'zh-cn';
}

function instant(value: Date | string | undefined): Date | undefined {
  if (value === undefined) return new Date();
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * A Google News sitemap, as an XML string: the sitemap `urlset` with the news
 * namespace, one `url` per article published in the two days before `now`
 * (newest first, at most 1,000), each with its `loc`, its `news:publication`
 * (`news:name`, the site's name, and `news:language`, from the article's
 * language), its `news:publication_date` (the W3C date-time with its offset, as
 * the article gives it) and its `news:title` (the headline the page shows).
 *
 * Framework-free, and it never throws: an article whose URL is no usable
 * http(s) URL (or is 2,048 characters long or more), without a headline or
 * without a valid publication date, is left out; every text is
 * XML-escaped, so the document is well-formed whatever the data. An empty
 * sitemap is a valid one (Google accepts it between two publications).
 *
 * @example
 * const xml = buildNewsSitemap(articles, site, { now: new Date() });
 * // Next.js App Router: app/news-sitemap.xml/route.ts
 * return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
 */
export function buildNewsSitemap(
  articles: readonly Article[],
  site: SiteConfig,
  options: NewsSitemapOptions = {},
): string {
  const now = instant(options?.now);
  if (now === undefined && process.env.NODE_ENV !== 'production') {
    warnOnce(`buildNewsSitemap: now ${String(options?.now)} is not a date; the sitemap lists no article.`);
  }
  const recent =
    now === undefined || !Array.isArray(articles)
      ? []
      : articles.filter((article) => {
          const published = publishedAt(article)?.getTime();
          return (
            published !== undefined && published <= now.getTime() && published > now.getTime() - WINDOW_MS
          );
        });
  // Google needs a title, and the sitemap protocol a URL under 2,048 characters.
  const listed = feedArticles(recent, site)
    .filter(({ facts }) => facts.headline !== '' && facts.canonical.length < MAX_URL_LENGTH)
    .slice(0, MAX_NEWS_URLS);
  const name = listed[0]?.facts.siteName;
  if (listed.length > 0 && !name && process.env.NODE_ENV !== 'production') {
    warnOnce('buildNewsSitemap: site.name is empty; Google News needs the publication name.');
  }
  const urls = listed.map(({ facts }) => {
    const date = htmlDateTime(facts.datePublished ?? '') ?? '';
    return [
      '<url>',
      element('loc', facts.canonical),
      '<news:news>',
      '<news:publication>',
      element('news:name', facts.siteName),
      element('news:language', newsLanguage(facts.language)),
      '</news:publication>',
      element('news:publication_date', date),
      element('news:title', facts.headline),
      '</news:news>',
      '</url>',
    ].join('');
  });
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
