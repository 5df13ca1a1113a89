import type * as React from 'react';
import type { Article, SiteConfig } from '../../model';
import { buildNewsArticleJsonLd, serializeJsonLd } from '../../seo';

export interface ArticleJsonLdProps
  extends Omit<React.ComponentPropsWithoutRef<'script'>, 'children' | 'dangerouslySetInnerHTML' | 'type'> {
  /** The article whose page this is. */
  article: Article;
  /** The publishing site: name, URL, logo. */
  site: SiteConfig;
  /** Class of the element that holds the subscriber-only part, as given to `ArticleLayout`; the JSON-LD's `hasPart` names it. @default 'manchette-paywall' */
  paywallClassName?: string;
}

/**
 * The article's JSON-LD graph (`NewsArticle`, the publisher, a
 * `BreadcrumbList`) in its `<script type="application/ld+json">`, escaped so
 * that no text can close the script. A Server Component with no hook: the one
 * line an App Router page adds to `generateMetadata`'s tags (Next.js's
 * `Metadata` has no field for JSON-LD). Other attributes, such as a CSP
 * `nonce`, reach the script.
 *
 * @example
 * export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
 *   const article = await getArticle((await params).slug);
 *   return (
 *     <>
 *       <ArticleJsonLd article={article} site={site} />
 *       <ArticleLayout article={article} site={site} />
 *     </>
 *   );
 * }
 */
function ArticleJsonLd({ article, site, paywallClassName, ...rest }: ArticleJsonLdProps) {
  return (
    <script
      type="application/ld+json"
      {...rest}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes every <, > and &; a text child would be entity-escaped into invalid JSON.
      dangerouslySetInnerHTML={{
        __html: serializeJsonLd(buildNewsArticleJsonLd(article, site, { paywallClassName })),
      }}
    />
  );
}

export { ArticleJsonLd };
