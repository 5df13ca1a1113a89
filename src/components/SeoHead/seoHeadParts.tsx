import type * as React from 'react';
import type { Article, SiteConfig } from '../../model';
import { type AlternateLink, serializeJsonLd } from '../../seo';
import { articleFacts } from '../../seo/articleFacts';
import { articleMetaFromFacts } from '../../seo/buildArticleMeta';
import { newsArticleJsonLdFromFacts } from '../../seo/buildNewsArticleJsonLd';

export interface SeoHeadData {
  article: Article;
  site: SiteConfig;
  noindex?: boolean;
  alternates?: AlternateLink[];
  paywallClassName?: string;
}

export interface SeoHeadParts {
  /** `lang` of `<html>`. */
  lang: string;
  /** One `<title>`, then the `<meta>` and `<link>` tags. */
  elements: React.ReactElement[];
  /** The JSON-LD graph, serialised and safe to write verbatim inside its `<script>`. */
  jsonLd: string;
}

/**
 * The head of an article page as React elements and the JSON-LD text.
 * `SeoHead` hands them to react-helmet-async; the server document renders the
 * very same elements straight into its `<head>`, so both always agree. The
 * script is left to each: Helmet wants its text as a child, while a server
 * render must write it with `dangerouslySetInnerHTML` (text children are
 * entity-escaped, which would corrupt the JSON).
 */
export function seoHeadParts({
  article,
  site,
  noindex,
  alternates,
  paywallClassName,
}: SeoHeadData): SeoHeadParts {
  // Read once for both: the same typeset texts, and half the work.
  const facts = articleFacts(article, site);
  const head = articleMetaFromFacts(facts, site, { noindex, alternates });
  // Already safe inside <script>: nothing in it can close the element.
  const jsonLd = serializeJsonLd(newsArticleJsonLdFromFacts(facts, { paywallClassName }));
  const elements: React.ReactElement[] = [
    // The final title with the site template already applied: passing Helmet a
    // titleTemplate too would apply it a second time to a host's own title.
    <title key="title">{head.title}</title>,
    // buildArticleMeta never repeats a (key, content) pair, so it makes a stable key.
    ...head.meta.map((tag) => {
      const key = `meta-${tag.property ?? tag.name}-${tag.content}`;
      return tag.property !== undefined ? (
        <meta key={key} property={tag.property} content={tag.content} />
      ) : (
        <meta key={key} name={tag.name} content={tag.content} />
      );
    }),
    ...head.links.map((link) => (
      <link
        key={`link-${link.rel}-${link.hrefLang ?? ''}-${link.href}`}
        rel={link.rel}
        href={link.href}
        // Absent rather than undefined: react-helmet-async on React 18 would write a bare, empty hreflang.
        {...(link.hrefLang ? { hrefLang: link.hrefLang } : {})}
      />
    )),
  ];
  return { lang: head.htmlAttributes.lang, elements, jsonLd };
}
