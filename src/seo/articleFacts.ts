import { readCorrections } from '../corrections';
import { isIsoDateOrDateTime, parseIsoDateTime } from '../dates';
import { warnOnce } from '../dev';
import { pixelSize } from '../images';
import type { Article, ImageSource, SiteConfig } from '../model';
import { paywallStart } from '../paywall';
// isLanguageTag: the same test ArticleLayout applies to <article lang>, so that the page and the graph agree.
import { countWords, isLanguageTag, nonBlankText, richTextToPlainText } from '../text';
import { frenchTitleTypography, frenchTypography, isFrenchLanguage } from '../typography';
import { resolveUrl } from '../url';
import { truncateAtWord } from './truncate';

/** Beyond this many characters a headline is cut where search results and news apps show it; `auditArticle` warns above it. */
export const MAX_HEADLINE_LENGTH = 110;
/** Longer meta descriptions are cut in search results. */
export const MAX_DESCRIPTION_LENGTH = 160;
export const DEFAULT_LANGUAGE = 'fr-FR';
export const DEFAULT_LOCALE = 'fr_FR';

/** An image file at an absolute URL, with its size in whole pixels when the data gives a usable one. */
export interface AbsoluteImage {
  url: string;
  width?: number;
  height?: number;
}

export interface AuthorFacts {
  name: string;
  url?: string;
  jobTitle?: string;
}

/**
 * What the head tags and the structured data say about an article, computed
 * once so that the meta tags, the JSON-LD and the visible page cannot drift
 * apart: the same typographically corrected headline (French typography for
 * a French article, the words as typed in another language), the same dates, the
 * same authors. Every URL is absolute; whatever is missing or malformed is
 * left out here, with a development warning.
 */
export interface ArticleFacts {
  siteName: string;
  siteUrl?: string;
  canonical?: string;
  /** The full headline as the page shows it (after the typography of the article's language). */
  headline: string;
  description?: string;
  language: string;
  datePublished?: string;
  dateModified?: string;
  authors: AuthorFacts[];
  /** The lead image first, then its other crops; no URL twice. */
  images: AbsoluteImage[];
  imageAlt?: string;
  section?: { name: string; url?: string };
  tags: string[];
  wordCount?: number;
  isAccessibleForFree: boolean;
  /** Whether the body marks where its subscriber-only part starts (`paywallStart`), in an article that is not free. */
  hasSubscriberPart: boolean;
  logo?: AbsoluteImage;
  /** The corrections the page prints, in the same words, with their dates as given. */
  corrections: { date: string; text: string }[];
}

/**
 * A text of the data as the page prints it (`nonBlankText`: controls and
 * non-characters dropped, a lone surrogate as U+FFFD, trimmed), or '' for one
 * that shows nothing (`isBlank`) and for anything that is not a string. The
 * head tags, the JSON-LD and the page read every text by the same rule, so a
 * headline is the same string in the `<title>`, `og:title`, the JSON-LD and
 * the `h1`.
 */
export function text(value: unknown): string {
  return nonBlankText(value) ?? '';
}

/**
 * The image at an absolute URL with its size in whole pixels, by the rule the
 * page's `<img>` follows (`pixelSize`: 799.6 → 800), or undefined (with a
 * warning) when its URL is unsafe. An image whose size does not round to whole
 * pixels keeps its URL without a size: the page cannot show it without its
 * layout moving, but search engines and social networks still can.
 */
export function absoluteImage(
  source: ImageSource | undefined,
  base: string | undefined,
  what: string,
): AbsoluteImage | undefined {
  if (!source || typeof source !== 'object') return undefined;
  const url = resolveUrl(source.src, base);
  if (url === undefined) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `${what}: the image URL ${JSON.stringify(source.src)} is not a safe http(s) URL; it is left out.`,
      );
    }
    return undefined;
  }
  const size = pixelSize(source.width, source.height);
  if (size === undefined) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `${what}: the image ${url} has no usable width and height (${String(source.width)} × ${String(source.height)} do not round to whole pixels of at least 1 × 1); its size is left out.`,
      );
    }
    return { url };
  }
  return { url, ...size };
}

/**
 * The date-time as written when it is ISO 8601 with a time zone offset, as
 * Google and Open Graph want it; undefined (with a warning) otherwise.
 */
function isoDateTime(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  // A calendar date alone ("2024-06-12") is published as a day: schema.org's Date, ISO 8601 for Open Graph.
  if (isIsoDateOrDateTime(value)) return value.trim();
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      `article.${field} ${JSON.stringify(value)} is not an ISO 8601 date-time with an offset ("2024-06-12T14:30:00+02:00") nor a calendar date ("2024-06-12"); it is left out of the meta tags and the structured data.`,
    );
  }
  return undefined;
}

function firstParagraphText(article: Article): string {
  const blocks = Array.isArray(article.body) ? article.body : [];
  for (const block of blocks) {
    if (block?.type === 'paragraph') {
      const plain = text(richTextToPlainText(block.text));
      if (plain !== '') return plain;
    }
  }
  return '';
}

type Typeset = (text: string) => string;

function describe(article: Article, typeset: Typeset): string | undefined {
  const own = text(article.description);
  if (own !== '') return typeset(own);
  // Search engines cut long descriptions themselves, but mid-word; cut at a word instead.
  const fallback = text(article.standfirst) || firstParagraphText(article);
  if (fallback === '') {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce('The article has no description, standfirst or paragraph: the page has no meta description.');
    }
    return undefined;
  }
  // Typography rules look a few characters around each mark, so typesetting a
  // generous prefix gives the same first 160 characters as the whole text, at
  // a fraction of the cost on a long standfirst.
  const prefix =
    fallback.length > MAX_DESCRIPTION_LENGTH * 2 ? fallback.slice(0, MAX_DESCRIPTION_LENGTH * 2) : fallback;
  return truncateAtWord(typeset(prefix), MAX_DESCRIPTION_LENGTH);
}

function collectAuthors(article: Article, base: string | undefined, typeset: Typeset): AuthorFacts[] {
  if (!Array.isArray(article.authors)) return [];
  const authors: AuthorFacts[] = [];
  for (const author of article.authors) {
    // Typeset as the byline prints it, so that the page and the graph name the same person.
    const name = typeset(text(author?.name));
    if (name === '') {
      if (process.env.NODE_ENV !== 'production') {
        warnOnce('An author has no name; it is left out of the meta tags and the structured data.');
      }
      continue;
    }
    let url: string | undefined;
    if (author.url !== undefined) {
      url = resolveUrl(author.url, base);
      if (process.env.NODE_ENV !== 'production' && url === undefined) {
        warnOnce(`The URL of the author ${name} is not a safe http(s) URL; it is left out.`);
      }
    }
    const jobTitle = typeset(text(author.jobTitle));
    authors.push({ name, ...(url ? { url } : {}), ...(jobTitle ? { jobTitle } : {}) });
  }
  return authors;
}

function collectImages(article: Article, base: string | undefined): AbsoluteImage[] {
  const lead = article.image;
  if (!lead || typeof lead !== 'object') return [];
  const sources = [lead, ...(Array.isArray(lead.crops) ? lead.crops : [])];
  const images: AbsoluteImage[] = [];
  for (const source of sources) {
    const image = absoluteImage(source, base, 'article.image');
    if (image && !images.some((known) => known.url === image.url)) images.push(image);
  }
  return images;
}

function collectTags(article: Article, typeset: Typeset): string[] {
  if (!Array.isArray(article.tags)) return [];
  const tags = article.tags.map((tag) => typeset(text(tag))).filter((tag) => tag !== '');
  return [...new Set(tags)];
}

function articleLanguage(value: unknown): string {
  if (value === undefined) return DEFAULT_LANGUAGE;
  const language = text(value);
  if (isLanguageTag(language)) return language;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      `article.language ${JSON.stringify(value)} is not a language tag; "${DEFAULT_LANGUAGE}" is used.`,
    );
  }
  return DEFAULT_LANGUAGE;
}

/** Reads an article and its site into the facts the meta tags and the JSON-LD share. */
export function articleFacts(article: Article, site: SiteConfig): ArticleFacts {
  const siteUrl = resolveUrl(site.url, undefined);
  if (process.env.NODE_ENV !== 'production' && siteUrl === undefined) {
    warnOnce(
      `site.url ${JSON.stringify(site.url)} is not an absolute http(s) URL: relative URLs cannot be resolved and are left out.`,
    );
  }
  const canonical = resolveUrl(article.url, siteUrl);
  if (process.env.NODE_ENV !== 'production' && canonical === undefined) {
    warnOnce(
      `article.url ${JSON.stringify(article.url)} is not a safe http(s) URL: the page has no canonical URL.`,
    );
  }

  const language = articleLanguage(article.language);
  // The page's typography: French rules for a French article only, on the
  // text as `text` cleans it, the way the components' `typographyFor` does.
  const typeset: Typeset = isFrenchLanguage(language) ? frenchTypography : (plain) => plain;
  // A title's typography (a one-letter word kept with the next), as the page's h1 shows it.
  const typesetTitle: Typeset = isFrenchLanguage(language) ? frenchTitleTypography : (plain) => plain;
  const headline = typesetTitle(text(article.headline));
  if (process.env.NODE_ENV !== 'production' && headline === '') {
    warnOnce(
      'The article has an empty headline: the title falls back to the site name and the structured data has no headline.',
    );
  }

  const datePublished = isoDateTime(article.datePublished, 'datePublished');
  let dateModified = isoDateTime(article.dateModified, 'dateModified');
  const published = datePublished ? parseIsoDateTime(datePublished) : undefined;
  const modified = dateModified ? parseIsoDateTime(dateModified) : undefined;
  if (published && modified && modified.getTime() < published.getTime()) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `article.dateModified ${dateModified} is before datePublished ${datePublished}; it is left out.`,
      );
    }
    dateModified = undefined;
  }

  const sectionName = text(article.section?.name);
  let section: ArticleFacts['section'];
  if (sectionName !== '') {
    const sectionUrl =
      article.section?.url === undefined ? undefined : resolveUrl(article.section.url, siteUrl);
    section = { name: typeset(sectionName), ...(sectionUrl ? { url: sectionUrl } : {}) };
  }

  const alt = text(article.image?.alt);
  const wordCount = Array.isArray(article.body) ? countWords(article) : undefined;

  return {
    siteName: text(site.name),
    ...(siteUrl ? { siteUrl } : {}),
    ...(canonical ? { canonical } : {}),
    headline,
    description: describe(article, typeset),
    language,
    datePublished,
    dateModified,
    authors: collectAuthors(article, siteUrl, typeset),
    images: collectImages(article, siteUrl),
    ...(alt ? { imageAlt: alt } : {}),
    section,
    tags: collectTags(article, typeset),
    wordCount: wordCount !== undefined && wordCount > 0 ? wordCount : undefined,
    isAccessibleForFree: article.isAccessibleForFree !== false,
    hasSubscriberPart: paywallStart(article) !== undefined,
    logo: absoluteImage(site.logo, siteUrl, 'site.logo'),
    corrections: readCorrections(article.corrections).map((correction) => ({
      date: correction.date,
      text: typeset(correction.text),
    })),
  };
}
