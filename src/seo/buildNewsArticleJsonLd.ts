import type {
  BreadcrumbList,
  CorrectionComment,
  Distance,
  Graph,
  ImageObject,
  ListItem,
  NewsArticle,
  NewsMediaOrganization,
  Person,
  Thing,
  WebPageElement,
} from 'schema-dts';
import type { Article, SiteConfig } from '../model';
import { paywallClassName } from '../paywall';
import { type AbsoluteImage, type ArticleFacts, articleFacts } from './articleFacts';
import { pruneEmpty } from './pruneEmpty';

function imageObject(image: AbsoluteImage): ImageObject {
  // schema.org types width and height as Distance ("1200 px") or QuantitativeValue;
  // Google's examples and parsers read a plain number of pixels, which
  // schema-dts cannot express, hence the one cast.
  const pixels = (value: number | undefined) => value as unknown as Distance | undefined;
  return { '@type': 'ImageObject', url: image.url, width: pixels(image.width), height: pixels(image.height) };
}

/**
 * The subscriber-only part of a paywalled article, as Google's documentation
 * on paywalled content asks: a `WebPageElement` that is not free, found by a
 * class selector, so that hiding it from readers is not taken for cloaking.
 */
function subscriberPart(facts: ArticleFacts, options: NewsArticleJsonLdOptions): WebPageElement | undefined {
  if (facts.isAccessibleForFree || !facts.hasSubscriberPart) return undefined;
  return {
    '@type': 'WebPageElement',
    isAccessibleForFree: false,
    cssSelector: `.${paywallClassName(options?.paywallClassName)}`,
  };
}

function publisherNode(facts: ArticleFacts, id: string | undefined): NewsMediaOrganization {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': id,
    name: facts.siteName,
    url: facts.siteUrl,
    logo: facts.logo ? imageObject(facts.logo) : undefined,
  };
}

function breadcrumbNode(facts: ArticleFacts, headline: string): BreadcrumbList | undefined {
  const crumbs: { name: string; item?: string }[] = [];
  if (facts.siteUrl && facts.siteName) crumbs.push({ name: facts.siteName, item: facts.siteUrl });
  // A section without a page of its own is no step a reader could go back to.
  if (facts.section?.url) crumbs.push({ name: facts.section.name, item: facts.section.url });
  if (headline) crumbs.push({ name: headline, item: facts.canonical });
  // A trail of one step is no trail; Google ignores it.
  if (crumbs.length < 2) return undefined;
  const itemListElement: ListItem[] = crumbs.map((crumb, index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name: crumb.name,
    item: crumb.item,
  }));
  return {
    '@type': 'BreadcrumbList',
    '@id': facts.canonical ? `${facts.canonical}#breadcrumb` : undefined,
    itemListElement,
  };
}

/**
 * The structured data of an article page, as one JSON-LD `@graph` following
 * Google's Article documentation: the `NewsArticle`, its publisher (a
 * `NewsMediaOrganization` with its logo) and a `BreadcrumbList` (home, then
 * the section when it has a page, then the article).
 *
 * The headline and description are the texts the page shows (after French
 * typography), the headline whole: Google asks for the page's headline and no
 * longer states a length limit, and a cut headline no longer matches the `h1`
 * (`auditArticle` warns above 110 characters instead). Every URL is
 * absolute, resolved against `site.url`; unsafe URLs, invalid dates and empty
 * values are left out rather than emitted broken, with a development warning.
 * A paywalled article (`isAccessibleForFree: false`) whose body marks where
 * its subscriber-only part starts gets `hasPart`: a `WebPageElement`, not free,
 * whose `cssSelector` is the class of the element `ArticleLayout` wraps that
 * part in (`.manchette-paywall`, or `options.paywallClassName`).
 * Each correction the page prints is a `correction` (`CorrectionComment`
 * with its `datePublished` and `text`).
 * `dateModified` is the publication date when the article was never updated,
 * as Google asks for both. An article without a headline keeps its
 * `NewsArticle` without `headline`: Google requires no Article property, and
 * the dates, authors and image still help.
 *
 * Framework-free: usable from Next.js `generateMetadata`, a CMS or a build
 * script. Serialise with `serializeJsonLd`.
 *
 * @example
 * const graph = buildNewsArticleJsonLd(article, site);
 * const script = `<script type="application/ld+json">${serializeJsonLd(graph)}</script>`;
 */
export function buildNewsArticleJsonLd(
  article: Article,
  site: SiteConfig,
  options: NewsArticleJsonLdOptions = {},
): Graph {
  return newsArticleJsonLdFromFacts(articleFacts(article, site), options);
}

/** Options of `buildNewsArticleJsonLd`. */
export interface NewsArticleJsonLdOptions {
  /**
   * The class of the element that holds the subscriber-only part, as given to
   * `ArticleLayout`: `hasPart.cssSelector` names it.
   * @default 'manchette-paywall'
   */
  paywallClassName?: string;
}

/** `buildNewsArticleJsonLd` from facts already read, so that a caller building the meta too reads the article once. */
export function newsArticleJsonLdFromFacts(
  facts: ArticleFacts,
  options: NewsArticleJsonLdOptions = {},
): Graph {
  const headline = facts.headline;
  const organizationId = facts.siteUrl ? `${facts.siteUrl}#organization` : undefined;
  const publisher = publisherNode(facts, organizationId);

  const author: Person[] = facts.authors.map((person) => ({
    '@type': 'Person',
    name: person.name,
    url: person.url,
    jobTitle: person.jobTitle,
  }));

  const newsArticle: NewsArticle = {
    '@type': 'NewsArticle',
    '@id': facts.canonical ? `${facts.canonical}#article` : undefined,
    mainEntityOfPage: facts.canonical ? { '@type': 'WebPage', '@id': facts.canonical } : undefined,
    url: facts.canonical,
    headline,
    description: facts.description,
    image: facts.images.map(imageObject),
    datePublished: facts.datePublished,
    dateModified: facts.dateModified ?? facts.datePublished,
    author,
    // Without an absolute @id to point at, the publisher is written in place.
    publisher: organizationId ? { '@id': organizationId } : publisher,
    articleSection: facts.section?.name,
    keywords: facts.tags,
    inLanguage: facts.language,
    wordCount: facts.wordCount,
    isAccessibleForFree: facts.isAccessibleForFree,
    hasPart: subscriberPart(facts, options),
    correction: facts.corrections.map(
      (correction): CorrectionComment => ({
        '@type': 'CorrectionComment',
        datePublished: correction.date,
        text: correction.text,
      }),
    ),
  };

  const nodes: Thing[] = [newsArticle];
  if (organizationId) nodes.push(publisher);
  const breadcrumb = breadcrumbNode(facts, headline);
  if (breadcrumb) nodes.push(breadcrumb);

  const graph: Graph = { '@context': 'https://schema.org', '@graph': nodes };
  return pruneEmpty(graph) ?? { '@context': 'https://schema.org', '@graph': [] };
}
