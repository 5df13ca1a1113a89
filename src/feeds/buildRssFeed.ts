import { warnOnce } from '../dev';
import type { Article, SiteConfig } from '../model';
import { DEFAULT_LANGUAGE, text } from '../seo/articleFacts';
import { isLanguageTag } from '../text';
import { frenchTypography, isFrenchLanguage } from '../typography';
import { resolveUrl } from '../url';
import { type FeedArticle, feedArticles } from './feedArticles';
import { attributes, element, escapeXml, XML_DECLARATION } from './xml';

/** Options of `buildRssFeed`. */
export interface RssFeedOptions {
  /** Absolute URL of the feed itself, for `atom:link rel="self"`. */
  feedUrl: string;
  /** Title of the channel. @default site.name */
  title?: string;
  /** Description of the channel. @default 'Les derniers articles de <site.name>' */
  description?: string;
  /** Page the channel stands for, e.g. a section's front page. @default site.url */
  link?: string;
  /** Language of the channel (BCP 47). @default site.locale as a language tag, else 'fr-FR' */
  language?: string;
  /** Most items listed, newest first. @default 50 */
  limit?: number;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const OFFSET = /(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const DEFAULT_LIMIT = 50;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The date-time in RFC 822 form, as RSS 2.0 asks ("Wed, 03 Apr 2024 19:40:00
 * +0200", with a four-digit year), in the offset the ISO date was written in.
 */
export function rfc822Date(iso: string, instant: Date): string {
  const offset = OFFSET.exec(iso.trim());
  const minutes =
    !offset || offset[1] ? 0 : (offset[2] === '-' ? -1 : 1) * (Number(offset[3]) * 60 + Number(offset[4]));
  const local = new Date(instant.getTime() + minutes * 60_000);
  const zone =
    minutes === 0
      ? '+0000'
      : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
  return `${DAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${zone}`;
}

const MEDIA_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

/** The image's MIME type from the extension of its URL's path, when it names a known one. */
export function imageType(url: string): string | undefined {
  try {
    const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
    return extension === undefined ? undefined : MEDIA_TYPES[extension];
  } catch {
    return undefined;
  }
}

function item({ article, facts, published }: FeedArticle): string {
  const typeset = isFrenchLanguage(facts.language) ? frenchTypography : (plain: string) => plain;
  // The chapô is what a reader of the feed should see first; the meta description otherwise.
  const summary = text(article.standfirst) || text(article.description);
  const image = facts.images[0];
  return [
    '<item>',
    element('title', facts.headline),
    element('link', facts.canonical),
    element('description', summary ? typeset(summary) : facts.description),
    `<guid isPermaLink="true">${escapeXml(facts.canonical)}</guid>`,
    published && facts.datePublished ? element('pubDate', rfc822Date(facts.datePublished, published)) : '',
    ...facts.authors.map((author) => element('dc:creator', author.name)),
    ...facts.tags.map((tag) => element('category', tag)),
    image
      ? `<media:content${attributes({
          url: image.url,
          medium: 'image',
          type: imageType(image.url),
          width: image.width,
          height: image.height,
        })}/>`
      : '',
    '</item>',
  ].join('');
}

function channelLanguage(option: string | undefined, site: SiteConfig): string {
  const given = text(option);
  if (isLanguageTag(given)) return given;
  const locale = text(site?.locale);
  return /^[a-z]{2,3}_[A-Z]{2}$/.test(locale) ? locale.replace('_', '-') : DEFAULT_LANGUAGE;
}

/**
 * An RSS 2.0 feed, as an XML string: the channel (title, link, description,
 * language, and `atom:link rel="self"` to the feed's own URL), then one `item`
 * per article, newest first: its title (the headline the page shows), link
 * and `guid isPermaLink="true"` (its canonical URL), description (the chapô,
 * else the meta description), `pubDate` in RFC 822, one `dc:creator` per
 * author, one `category` per tag, and the lead image as `media:content` with
 * its width, height and type.
 *
 * Framework-free, and it never throws: an article whose URL is no usable
 * http(s) URL is left out, every text is XML-escaped and every URL goes
 * through the library's URL policy, so the document is well-formed whatever
 * the data.
 *
 * @example
 * const xml = buildRssFeed(articles, site, { feedUrl: 'https://www.example.fr/rss.xml' });
 * return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
 */
export function buildRssFeed(
  articles: readonly Article[],
  site: SiteConfig,
  options: RssFeedOptions,
): string {
  const config = site !== null && typeof site === 'object' ? site : ({} as SiteConfig);
  const siteUrl = resolveUrl(config.url, undefined);
  const feedUrl = resolveUrl(options?.feedUrl, siteUrl);
  if (feedUrl === undefined && process.env.NODE_ENV !== 'production') {
    warnOnce(
      `buildRssFeed: feedUrl ${JSON.stringify(options?.feedUrl)} is not a usable http(s) URL; the feed has no atom:link rel="self".`,
    );
  }
  const link = resolveUrl(options?.link, siteUrl) ?? siteUrl ?? feedUrl;
  const name = text(config.name);
  const title = text(options?.title) || name || (link ? new URL(link).host : 'RSS');
  const description = text(options?.description) || `Les derniers articles de ${name || title}`;
  const limit =
    typeof options?.limit === 'number' && Number.isFinite(options.limit) && options.limit >= 0
      ? Math.floor(options.limit)
      : DEFAULT_LIMIT;
  // RSS asks every item for a title or a description.
  const items = feedArticles(articles, config)
    .filter(({ facts }) => facts.headline !== '' || facts.description !== undefined)
    .slice(0, limit)
    .map(item);
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    element('title', title),
    element('link', link),
    element('description', description),
    element('language', channelLanguage(options?.language, config)),
    feedUrl ? `<atom:link${attributes({ href: feedUrl, rel: 'self', type: 'application/rss+xml' })}/>` : '',
    ...items,
    '</channel>',
    '</rss>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
