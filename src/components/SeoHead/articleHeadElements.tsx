import type * as React from 'react';
import type { Article, SiteConfig } from '../../model';
import type { AlternateLink } from '../../seo';
import { seoHeadParts } from './seoHeadParts';

/** Options of `articleHeadElements`. */
export interface ArticleHeadOptions {
  /** Asks search engines neither to index the page nor to follow its links. @default false */
  noindex?: boolean;
  /** The page in other languages, as `<link rel="alternate" hreflang>`. @default [] */
  alternates?: AlternateLink[];
  /** Class of the element that holds the subscriber-only part, as given to `ArticleLayout`; the JSON-LD's `hasPart` names it. @default 'manchette-paywall' */
  paywallClassName?: string;
}

/**
 * Every head tag of an article page as a flat list of keyed React elements:
 * one `<title>`, the `<meta>` and `<link>` tags (description, canonical,
 * robots, Open Graph, `article:*`, X card, alternates) and the JSON-LD
 * `<script>`. The same tags as `SeoHead`, without react-helmet-async: for a
 * head that a framework collects, such as `next/head` in the Next.js Pages
 * Router, which wants its tags as direct children and dedupes them by key.
 * The `lang` of `<html>` is not a head tag: take it from
 * `buildArticleMeta(article, site).htmlAttributes.lang` (in `_document`).
 *
 * @example
 * import Head from 'next/head';
 *
 * <Head>{articleHeadElements(article, site)}</Head>
 */
export function articleHeadElements(
  article: Article,
  site: SiteConfig,
  { noindex = false, alternates, paywallClassName }: ArticleHeadOptions = {},
): React.ReactElement[] {
  const { elements, jsonLd } = seoHeadParts({ article, site, noindex, alternates, paywallClassName });
  return [
    ...elements,
    <script
      key="json-ld"
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes every <, > and &; a text child would be entity-escaped into invalid JSON.
      dangerouslySetInnerHTML={{ __html: jsonLd }}
    />,
  ];
}
