import { parseIsoDateTime } from '../../src/dates';
import type { Article, SiteConfig } from '../../src/model';
import {
  type ArticleMeta,
  type ArticleMetaOptions,
  buildArticleMeta,
  buildNewsArticleJsonLd,
  truncateAtWord,
} from '../../src/seo';

/**
 * What the search and social previews show, derived from the very builders
 * `SeoHead` uses (`buildArticleMeta`, `buildNewsArticleJsonLd`): the previews
 * cannot disagree with the tags the page really emits.
 */

/**
 * Google cuts titles at about 600 px of 20 px Arial, not at a number of
 * characters. A budget of 60 characters at a word boundary is the usual
 * approximation; wide letters (M, W, capitals) make the real cut earlier.
 */
export const GOOGLE_TITLE_BUDGET = 60;
/**
 * Google shows about 155 to 160 characters of a description on a computer;
 * the upper bound, so that a description `buildArticleMeta` already cut to
 * 160 is not shown cut twice.
 */
export const GOOGLE_DESCRIPTION_BUDGET = 160;
/** Beyond 110 characters search results and news apps cut a headline (the JSON-LD keeps it whole). */
export const HEADLINE_LIMIT = 110;
/** Beyond about 70 characters a title tag is cut in most results. */
export const TITLE_TAG_LIMIT = 70;
/** Longer meta descriptions are cut in search results. */
export const DESCRIPTION_LIMIT = 160;

/**
 * The date as Google's French results print it before the snippet: day,
 * abbreviated month and year ("3 avr. 2024", "1 juin 2024"), in the site's
 * time zone; empty for a date that cannot be read.
 */
export function googleDate(iso: string, timeZone = 'Europe/Paris'): string {
  const date = parseIsoDateTime(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(date);
}

export interface SearchResultPreview {
  siteName: string;
  /** Host name of the canonical URL, e.g. `www.example.fr`. */
  host: string;
  /** Full origin as Google prints it before the breadcrumb, e.g. `https://www.example.fr`. */
  origin: string;
  /** Steps after the origin: the `BreadcrumbList` names, else the URL's path segments. */
  breadcrumb: string[];
  /** The `<title>` as Google would show it. */
  title: string;
  /** Whether `title` had to be cut. */
  titleCut: boolean;
  /** The meta description as Google would show it. */
  description?: string;
  descriptionCut: boolean;
  /** The publication date Google prints before the description, in French ("3 avr. 2024"). */
  date?: string;
}

export interface SocialImage {
  /** The absolute URL of `og:image`, as the head declares it. */
  url: string;
  /**
   * Where the preview loads the picture from: the path on this origin when
   * `og:image` is on the site's own origin (the fixtures are served locally),
   * undefined otherwise, so that the preview never requests another host.
   */
  localSrc?: string;
  width?: number;
  height?: number;
  alt?: string;
}

export interface SocialCardPreview {
  /** `twitter:card`: `summary_large_image` when there is a picture. */
  card: string;
  title: string;
  description?: string;
  /** The host name in capitals, without `www.`, as Facebook and LinkedIn print it. */
  domain: string;
  siteName?: string;
  image?: SocialImage;
}

/** One row of the raw head tags table. */
export interface HeadTagRow {
  element: 'html' | 'title' | 'meta' | 'link';
  /** `lang`, the meta tag's `name`/`property`, or the link's `rel`. */
  key: string;
  /** The link's `hreflang`, for alternates. */
  hrefLang?: string;
  /** Which attribute carries the key: `name`, `property`, `rel`… */
  attribute: string;
  value: string;
}

export interface SeoPreviewData {
  meta: ArticleMeta;
  /** The JSON-LD graph exactly as `SeoHead` serialises it. */
  jsonLd: ReturnType<typeof buildNewsArticleJsonLd>;
  search: SearchResultPreview;
  social: SocialCardPreview;
  rows: HeadTagRow[];
}

function metaValue(meta: ArticleMeta, key: string): string | undefined {
  return meta.meta.find((tag) => (tag.property ?? tag.name) === key)?.content;
}

function parseUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The names of the `BreadcrumbList` steps in the graph, in order. */
export function breadcrumbNames(jsonLd: unknown): string[] {
  const nodes = isRecord(jsonLd) && Array.isArray(jsonLd['@graph']) ? jsonLd['@graph'] : [];
  const list = nodes.find((node) => isRecord(node) && node['@type'] === 'BreadcrumbList');
  if (!isRecord(list) || !Array.isArray(list.itemListElement)) return [];
  return list.itemListElement
    .map((item) => (isRecord(item) && typeof item.name === 'string' ? item.name : ''))
    .filter((name) => name !== '');
}

function searchBreadcrumb(jsonLd: unknown, canonical: URL | undefined): string[] {
  // Google replaces the home step by the origin and leaves out the page itself.
  const names = breadcrumbNames(jsonLd).slice(1, -1);
  if (names.length > 0) return names;
  if (!canonical) return [];
  return canonical.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/** `og:image` on the site's origin maps to the same path here; anything else is not loaded. */
export function localImageSource(url: string, siteUrl: string | undefined): string | undefined {
  const image = parseUrl(url);
  const site = parseUrl(siteUrl);
  if (!image || !site || image.origin !== site.origin) return undefined;
  return `${image.pathname}${image.search}`;
}

function headRows(meta: ArticleMeta): HeadTagRow[] {
  const rows: HeadTagRow[] = [
    { element: 'html', key: 'lang', attribute: 'lang', value: meta.htmlAttributes.lang },
    { element: 'title', key: 'title', attribute: '', value: meta.title },
  ];
  for (const tag of meta.meta) {
    rows.push(
      tag.property !== undefined
        ? { element: 'meta', key: tag.property, attribute: 'property', value: tag.content }
        : { element: 'meta', key: tag.name, attribute: 'name', value: tag.content },
    );
  }
  for (const link of meta.links) {
    rows.push({
      element: 'link',
      key: link.rel,
      attribute: 'rel',
      value: link.href,
      ...(link.hrefLang ? { hrefLang: link.hrefLang } : {}),
    });
  }
  return rows;
}

/**
 * Everything the previews show for one article page: the head as data, the
 * JSON-LD graph, a Google result and a social card. `options` are the same
 * as `SeoHead`'s (`noindex`, `alternates`).
 */
export function seoPreview(
  article: Article,
  site: SiteConfig,
  options: ArticleMetaOptions = {},
): SeoPreviewData {
  const meta = buildArticleMeta(article, site, options);
  const jsonLd = buildNewsArticleJsonLd(article, site);
  const canonical = parseUrl(meta.canonical) ?? parseUrl(site.url);
  const siteName = metaValue(meta, 'og:site_name') ?? site.name;
  const host = canonical?.host ?? '';

  const title = truncateAtWord(meta.title, GOOGLE_TITLE_BUDGET);
  const description =
    meta.description !== undefined ? truncateAtWord(meta.description, GOOGLE_DESCRIPTION_BUDGET) : undefined;
  const published = metaValue(meta, 'article:published_time');
  const date = published ? googleDate(published, site.timeZone) : '';

  const imageUrl = metaValue(meta, 'og:image');
  const number = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);
  const image: SocialImage | undefined = imageUrl
    ? {
        url: imageUrl,
        localSrc: localImageSource(imageUrl, site.url),
        width: number(metaValue(meta, 'og:image:width')),
        height: number(metaValue(meta, 'og:image:height')),
        alt: metaValue(meta, 'og:image:alt'),
      }
    : undefined;

  return {
    meta,
    jsonLd,
    search: {
      siteName,
      host,
      origin: canonical?.origin ?? '',
      breadcrumb: searchBreadcrumb(jsonLd, parseUrl(meta.canonical)),
      title,
      titleCut: title !== meta.title,
      ...(description !== undefined ? { description } : {}),
      descriptionCut: description !== undefined && description !== meta.description,
      ...(date ? { date } : {}),
    },
    social: {
      card: metaValue(meta, 'twitter:card') ?? 'summary',
      title: metaValue(meta, 'og:title') ?? meta.title,
      ...(metaValue(meta, 'og:description') !== undefined
        ? { description: metaValue(meta, 'og:description') }
        : {}),
      domain: host.replace(/^www\./, '').toUpperCase(),
      siteName,
      ...(image ? { image } : {}),
    },
    rows: headRows(meta),
  };
}
