import { warnOnce } from '../dev';
import type { Article, SiteConfig } from '../model';
import { dropForbiddenCodePoints, isBlank, isOpenGraphLocale } from '../text';
import { resolveUrl } from '../url';
import { type AbsoluteImage, type ArticleFacts, articleFacts, DEFAULT_LOCALE, text } from './articleFacts';
import { titleWithoutHeadline } from './untitled';

/** One `<meta>` tag: `name` for standard and Twitter tags, `property` for Open Graph. */
export type MetaTag =
  | { name: string; property?: never; content: string }
  | { property: string; name?: never; content: string };

/** One `<link>` tag. */
export interface LinkTag {
  rel: string;
  href: string;
  hrefLang?: string;
}

/** A version of the page in another language (`<link rel="alternate" hreflang>`). */
export interface AlternateLink {
  /** BCP 47 language tag, or `x-default`. */
  hrefLang: string;
  /** URL of that version; resolved against `site.url`. */
  href: string;
}

export interface ArticleMetaOptions {
  /** Asks search engines neither to index the page nor to follow its links. @default false */
  noindex?: boolean;
  /** The page in other languages. @default [] */
  alternates?: AlternateLink[];
}

/** Everything an article page's `<head>` needs, as plain data. */
export interface ArticleMeta {
  /** The final document title, with `site.titleTemplate` applied once. */
  title: string;
  description?: string;
  canonical?: string;
  robots: string;
  meta: MetaTag[];
  links: LinkTag[];
  htmlAttributes: { lang: string };
}

export const ROBOTS_INDEX = 'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1';
export const ROBOTS_NOINDEX = 'noindex, nofollow';

/** The page title: the site's template with `%s` replaced by the title, or the title alone. */
export function applyTitleTemplate(template: unknown, title: string): string {
  if (typeof template !== 'string' || !template.includes('%s')) return title;
  // A replacer function, so that "$&" or "$1" in a headline stays literal.
  return template.replace(/%s/g, () => title);
}

// A large card shows a picture of about 1.91:1; the closest crop fits best.
const CARD_RATIO = 1.91;

function pickCardImage(images: AbsoluteImage[]): AbsoluteImage | undefined {
  const sized = images.filter((image) => image.width && image.height);
  if (sized.length === 0) return images[0];
  const distance = (image: AbsoluteImage) =>
    Math.abs(Math.log((image.width ?? 1) / (image.height ?? 1) / CARD_RATIO));
  return sized.reduce((best, image) => (distance(image) < distance(best) ? image : best));
}

const TERRITORY = /^[A-Z]{2}$/;

/**
 * The Open Graph locale (language_TERRITORY) of an article's language tag:
 * its own territory ("en-GB" → en_GB); without one, the site's when both share
 * a language (a Belgian site's "fr" stays fr_BE), else the likely one from
 * CLDR ("en" → en_US, "pt" → pt_BR, "zh-Hant" → zh_TW). The site's locale
 * when none can be derived, as for an undetermined or private-use language.
 */
function openGraphLocale(language: string, site: string): string {
  const key = `${language} ${site}`;
  let locale = openGraphLocales.get(key);
  if (locale === undefined) {
    locale = deriveOpenGraphLocale(language, site) ?? null;
    // A site uses a handful of languages; the bound only keeps hostile tags from growing it.
    if (openGraphLocales.size >= 256) openGraphLocales.clear();
    openGraphLocales.set(key, locale);
  }
  if (locale !== null) return locale;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(`article.language "${language}" gives no og:locale territory; the site's "${site}" is used.`);
  }
  return site;
}

// Intl.Locale and its maximize() cost more than the rest of the head tags together (about
// 130 µs a page): each pair of language and site locale is read once per process (null: no
// territory can be derived, and the site's locale stands).
const openGraphLocales = new Map<string, string | null>();

function deriveOpenGraphLocale(language: string, site: string): string | undefined {
  let tag: Intl.Locale | undefined;
  try {
    tag = new Intl.Locale(language);
  } catch {
    // Well-formed enough for a lang attribute ("en-a"), not for Intl.
  }
  if (!tag?.language || tag.language === 'und') return undefined;
  if (!tag.region && site.startsWith(`${tag.language}_`)) return site;
  const likely = tag.maximize().region ?? '';
  // A UN M.49 area ("es-419") has no Open Graph name: the language's own territory instead.
  const region = TERRITORY.test(likely) ? likely : new Intl.Locale(tag.language).maximize().region;
  const locale = `${tag.language}_${region}`;
  return isOpenGraphLocale(locale) ? locale : undefined;
}

function siteLocale(value: unknown): string {
  if (value === undefined) return DEFAULT_LOCALE;
  const locale = text(value);
  if (isOpenGraphLocale(locale)) return locale;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      `site.locale ${JSON.stringify(value)} is not an Open Graph locale such as "fr_FR"; "${DEFAULT_LOCALE}" is used.`,
    );
  }
  return DEFAULT_LOCALE;
}

// A page must have a non-empty <title> (HTML): with no headline, the title a page without one gets.
function fallbackTitle(facts: ArticleFacts): string {
  const siteName = dropForbiddenCodePoints(facts.siteName).trim();
  const title = titleWithoutHeadline(siteName, facts.siteUrl);
  if (process.env.NODE_ENV !== 'production' && siteName === '') {
    warnOnce(`The article has no headline and the site no name: the page title is ${JSON.stringify(title)}.`);
  }
  return title;
}

function twitterHandle(value: unknown): string | undefined {
  const handle = text(value).replace(/^@+/, '');
  return /^\w{1,15}$/.test(handle) ? `@${handle}` : undefined;
}

/**
 * The head of an article page as plain data: the final title, meta
 * description, canonical URL, robots directives, Open Graph (`og:*`,
 * `article:*`) and Twitter card tags, links (canonical, alternates) and the
 * `lang` of `<html>`. Framework-free, so it serves React through `SeoHead`,
 * Next.js `generateMetadata` (see `toNextMetadata`), or a plain template.
 *
 * The title is `site.titleTemplate` applied once to the headline (the site
 * name alone when there is no headline; the site's host, else « Article »,
 * when there is no site name either, since a page's title is never empty); `og:title` and `twitter:title` are
 * the bare headline. The description is the article's, else its standfirst
 * (or first paragraph) cut at a word to 160 characters. Every URL is absolute.
 *
 * @example
 * const { title, meta, links } = buildArticleMeta(article, site, { noindex: false });
 */
export function buildArticleMeta(
  article: Article,
  site: SiteConfig,
  options: ArticleMetaOptions = {},
): ArticleMeta {
  return articleMetaFromFacts(articleFacts(article, site), site, options);
}

/** `buildArticleMeta` from facts already read, so that a caller building the JSON-LD too reads the article once. */
export function articleMetaFromFacts(
  facts: ArticleFacts,
  site: SiteConfig,
  options: ArticleMetaOptions = {},
): ArticleMeta {
  const robots = options.noindex ? ROBOTS_NOINDEX : ROBOTS_INDEX;
  // Head tags are HTML text: no control character or non-character (the
  // structured data keeps the latter, escaped).
  const title =
    (facts.headline
      ? dropForbiddenCodePoints(applyTitleTemplate(site.titleTemplate, facts.headline)).trim()
      : '') || fallbackTitle(facts);
  // Open Graph requires og:title: the same fallback as the page title.
  const socialTitle = facts.headline || title;
  const image = pickCardImage(facts.images);
  const locale = openGraphLocale(facts.language, siteLocale(site.locale));

  const meta: MetaTag[] = [];
  // Each (key, content) pair once: two authors sharing a page give one article:author.
  const add = (raw: MetaTag) => {
    const tag = { ...raw, content: dropForbiddenCodePoints(raw.content) } as MetaTag;
    if (isBlank(tag.content)) return;
    const key = tag.property ?? tag.name;
    if (!meta.some((known) => (known.property ?? known.name) === key && known.content === tag.content))
      meta.push(tag);
  };
  const byName = (name: string, content: string | number | undefined) => {
    if (content !== undefined) add({ name, content: String(content) });
  };
  const byProperty = (property: string, content: string | number | undefined) => {
    if (content !== undefined) add({ property, content: String(content) });
  };

  byName('description', facts.description);
  byName('robots', robots);

  byProperty('og:type', 'article');
  byProperty('og:locale', locale);
  byProperty('og:site_name', facts.siteName);
  byProperty('og:title', socialTitle);
  byProperty('og:description', facts.description);
  byProperty('og:url', facts.canonical);
  if (image) {
    byProperty('og:image', image.url);
    if (image.url.startsWith('https:')) byProperty('og:image:secure_url', image.url);
    byProperty('og:image:width', image.width);
    byProperty('og:image:height', image.height);
    byProperty('og:image:alt', facts.imageAlt);
  }

  byProperty('article:published_time', facts.datePublished);
  byProperty('article:modified_time', facts.dateModified);
  byProperty('article:section', facts.section?.name);
  for (const tag of facts.tags) byProperty('article:tag', tag);
  for (const author of facts.authors) byProperty('article:author', author.url);

  // Without a picture, a large-image card would show an empty frame.
  byName('twitter:card', image ? 'summary_large_image' : 'summary');
  byName('twitter:site', twitterHandle(site.twitter));
  byName('twitter:title', socialTitle);
  byName('twitter:description', facts.description);
  if (image) {
    byName('twitter:image', image.url);
    byName('twitter:image:alt', facts.imageAlt);
  }

  const links: LinkTag[] = [];
  if (facts.canonical) links.push({ rel: 'canonical', href: facts.canonical });
  for (const alternate of Array.isArray(options.alternates) ? options.alternates : []) {
    const hrefLang = text(alternate?.hrefLang);
    const href = resolveUrl(alternate?.href, facts.siteUrl);
    if (hrefLang === '' || href === undefined) {
      if (process.env.NODE_ENV !== 'production') {
        warnOnce(
          `An alternate link (${JSON.stringify(alternate)}) has no language or no safe URL; it is left out.`,
        );
      }
      continue;
    }
    links.push({ rel: 'alternate', href, hrefLang });
  }

  return {
    title,
    ...(facts.description ? { description: dropForbiddenCodePoints(facts.description) } : {}),
    ...(facts.canonical ? { canonical: facts.canonical } : {}),
    robots,
    meta,
    links,
    htmlAttributes: { lang: facts.language },
  };
}
