import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { ArticleLayout } from '../components/ArticleLayout';
import { seoHeadParts } from '../components/SeoHead/seoHeadParts';
import { warnOnce } from '../dev';
import type { ImageLoader } from '../images';
import type { Article, SiteConfig, Teaser } from '../model';
import type { AlternateLink } from '../seo';
import { isLanguageTag } from '../text';
import { safeUrl } from '../url';
import { reuseCompiledStyles } from './reuseCompiledStyles';

/** Options of `renderArticleDocument`. */
export interface RenderArticleDocumentOptions {
  /** The article to render. */
  article: Article;
  /** The publishing site. */
  site: SiteConfig;
  /** Teasers shown in « À lire aussi ». @default [] */
  related?: readonly Teaser[];
  /** Level of the headline; the document is a page of its own, so its headline is the `h1`. @default 1 */
  headingLevel?: number;
  /** `lang` of `<html>`. @default the article's language, else 'fr-FR' */
  lang?: string;
  /** Asks search engines neither to index the page nor to follow its links. @default false */
  noindex?: boolean;
  /** The page in other languages. @default [] */
  alternates?: AlternateLink[];
  /** URL of a host stylesheet linked after the components' own CSS. @default undefined */
  stylesheet?: string;
  /** Class of the element that holds the subscriber-only part of a paywalled article, on the page and in the JSON-LD. @default 'manchette-paywall' */
  paywallClassName?: string;
  /** Builds an image's URL at a width: every image of the page gets a `srcset` and `sizes`; the head keeps the images' own URLs. @default undefined */
  imageLoader?: ImageLoader;
}

/**
 * A complete HTML document for an article: doctype, `<html lang>`, a head
 * with `<meta charset>` first, the viewport, every tag `SeoHead` renders (one
 * title, meta, links, one JSON-LD script) and the styled-components CSS, then
 * the article page (`ArticleLayout` and its related articles) in `<main>`.
 * For static generation, and for checking a page with real validators. Runs
 * in Node with no DOM, on React 18 and 19 alike: the head tags are the same
 * elements `SeoHead` hands to react-helmet-async, rendered straight into
 * `<head>`, so nothing depends on how a Helmet version collects them.
 *
 * @example
 * import { renderArticleDocument } from 'manchette/server';
 * writeFileSync('article.html', renderArticleDocument({ article, site, related }));
 */
export function renderArticleDocument({
  article,
  site,
  related,
  headingLevel = 1,
  lang,
  noindex = false,
  alternates,
  stylesheet,
  paywallClassName,
  imageLoader,
}: RenderArticleDocumentOptions): string {
  const head = seoHeadParts({ article, site, noindex, alternates, paywallClassName });
  let documentLang = head.lang;
  if (lang !== undefined) {
    if (isLanguageTag(lang)) documentLang = lang;
    else if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `renderArticleDocument: lang ${JSON.stringify(lang)} is not a language tag; "${documentLang}" is used.`,
      );
    }
  }
  const stylesheetHref = stylesheet === undefined ? undefined : safeUrl(stylesheet);
  if (process.env.NODE_ENV !== 'production' && stylesheet !== undefined && stylesheetHref === undefined) {
    warnOnce(
      `renderArticleDocument: the stylesheet URL ${JSON.stringify(stylesheet)} is not safe; it is left out.`,
    );
  }

  // Only the library's components render here, so their CSS, compiled once
  // for the process, makes up the whole style sheet of every later document.
  const sheet = reuseCompiledStyles(new ServerStyleSheet());
  try {
    const markup = renderToString(
      sheet.collectStyles(
        <html lang={documentLang}>
          <head>
            <meta charSet="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            {/* The page around the article follows the reader's scheme, as the article does (colorScheme). */}
            <meta name="color-scheme" content="light dark" />
            {head.elements}
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes every <, > and &, and a text child would be entity-escaped into invalid JSON. */}
            <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: head.jsonLd }} />
          </head>
          <body>
            <main>
              <ArticleLayout
                article={article}
                site={site}
                related={related}
                headingLevel={headingLevel}
                paywallClassName={paywallClassName}
                imageLoader={imageLoader}
              />
            </main>
          </body>
        </html>,
      ),
    );
    // The components' CSS is known only once they have rendered. Nothing
    // before the real end of <head> can contain "</head>": text and attributes
    // are escaped, and the JSON-LD has no "<" at all.
    const css = sheet.getStyleTags();
    const hostCss = stylesheetHref ? `<link rel="stylesheet" href="${escapeAttribute(stylesheetHref)}">` : '';
    const end = markup.indexOf('</head>');
    const document = end === -1 ? markup : `${markup.slice(0, end)}${css}${hostCss}${markup.slice(end)}`;
    return `<!doctype html>${document}`;
  } finally {
    sheet.seal();
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
