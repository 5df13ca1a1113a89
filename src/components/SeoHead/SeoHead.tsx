'use client';

import type * as React from 'react';
import { Helmet } from 'react-helmet-async';
import type { Article, SiteConfig } from '../../model';
import type { AlternateLink } from '../../seo';
import { seoHeadParts } from './seoHeadParts';

/**
 * Props of `SeoHead`. It renders no element of its own (its tags go to the
 * document's head), so it takes no DOM props.
 */
export interface SeoHeadProps {
  /** The article whose page this is. */
  article: Article;
  /** The publishing site: name, URL, logo, title template, Twitter handle. */
  site: SiteConfig;
  /** Asks search engines neither to index the page nor to follow its links. @default false */
  noindex?: boolean;
  /** The page in other languages, as `<link rel="alternate" hreflang>`. @default [] */
  alternates?: AlternateLink[];
  /** Class of the element that holds the subscriber-only part, as given to `ArticleLayout`; the JSON-LD's `hasPart` names it. @default 'manchette-paywall' */
  paywallClassName?: string;
  /** Further head tags (`<meta>`, `<link>`…) for react-helmet-async, placed after the article's. @default undefined */
  children?: React.ReactNode;
}

/**
 * Every head tag an article page needs, through one react-helmet-async
 * `<Helmet>`: the title (site template applied once), meta description,
 * canonical, robots, Open Graph and `article:*`, Twitter card, alternates,
 * `<html lang>` and one JSON-LD `@graph` (`NewsArticle`, publisher,
 * `BreadcrumbList`). Needs a `HelmetProvider` above it. A client component,
 * as react-helmet-async works through context: in the Next.js App Router use
 * `toNextMetadata` and `ArticleJsonLd`, in the Pages Router
 * `articleHeadElements` inside `next/head`.
 *
 * With React 19, react-helmet-async renders the tags in place and React hoists
 * `<title>`, `<meta>` and `<link>` into `<head>`; the JSON-LD `<script>` stays
 * where `SeoHead` is, which search engines read just as well.
 *
 * @example
 * <HelmetProvider>
 *   <SeoHead article={article} site={{ name: 'Le Quotidien', url: 'https://www.lequotidien.fr', logo }} />
 *   <ArticleLayout article={article} />
 * </HelmetProvider>
 */
export function SeoHead({
  article,
  site,
  noindex = false,
  alternates,
  paywallClassName,
  children,
}: SeoHeadProps) {
  const { lang, elements, jsonLd } = seoHeadParts({ article, site, noindex, alternates, paywallClassName });
  // On React 18, react-helmet-async writes the head on the next animation frame unless told not to defer:
  // written at commit, the head is complete as soon as the page is, as it is with React 19's hoisting.
  return (
    <Helmet defer={false}>
      <html lang={lang} />
      {elements}
      <script type="application/ld+json">{jsonLd}</script>
      {children}
    </Helmet>
  );
}
