import type * as React from 'react';
import { useId } from 'react';
import type { ImageLoader } from '../../images';
import type { Article, SiteConfig, Teaser } from '../../model';
import { ContextScope } from '../context/ContextScope';
import { useRawHeadingLevel } from '../context/contexts';
import { RelatedArticlesContent } from '../RelatedArticles/RelatedArticles';
import { clampHeadingLevel } from '../Section/headingLevel';
import { ArticleBlocks } from './ArticleBlocks';
import { ArticleCorrections } from './ArticleCorrections';
import { ArticleFigure } from './ArticleFigure';
import { ArticleFooter } from './ArticleFooter';
import { ArticleHeader } from './ArticleHeader';
import { Root } from './ArticleLayout.styles';
import { planArticle } from './articlePlan';
import type { ArticleLayoutLabels } from './labels';

export interface ArticleLayoutProps extends React.ComponentPropsWithoutRef<'article'> {
  /** The article to render: header, lead image, body, source and tags. */
  article: Article;
  /**
   * A composed body (`Subheading`, `QuoteBlock`, `Section`, paragraphs…) shown
   * instead of `article.body`.
   * @default the blocks of article.body
   */
  children?: React.ReactNode;
  /**
   * Level of the headline; every heading inside follows (subheadings one
   * below). A host page that already has its `h1` passes 2.
   * @default the level of the surrounding Section in a client component, else 1
   */
  headingLevel?: number;
  /** Teasers shown after the article in « À lire aussi », with headings one level below the headline. @default undefined */
  related?: readonly Teaser[];
  /** Title of the related articles. @default 'À lire aussi' */
  relatedTitle?: string;
  /** The publishing site; its `timeZone` is used when `timeZone` is absent. @default undefined */
  site?: SiteConfig;
  /** IANA time zone in which dates are printed. @default site?.timeZone ?? 'Europe/Paris' */
  timeZone?: string;
  /** Words printed around the data (« Publié le », « Par », « Source : »…), in French unless replaced. @default {} */
  labels?: Partial<ArticleLayoutLabels>;
  /** Whether the body's subheadings show a permalink anchor. @default true */
  permalinks?: boolean;
  /**
   * Language of the article (`<article lang>`), which also decides its
   * typography: French spacing and guillemets only for French.
   * @default article.language, else 'fr'
   */
  lang?: string;
  /**
   * Class of the one element that holds every block after the paywall marker
   * of an article with `isAccessibleForFree: false`; the JSON-LD's
   * `hasPart.cssSelector` names it, so give `SeoHead` (or `ArticleJsonLd`) the
   * same one.
   * @default 'manchette-paywall'
   */
  paywallClassName?: string;
  /**
   * For a reader without a subscription: shown inside the subscriber-only
   * element instead of the blocks after the paywall marker, which then never
   * reach the page (e.g. a subscription prompt). The structured data stay the
   * same. Ignored when the article has no subscriber-only part.
   * @default undefined (the whole article is rendered)
   */
  paywallPrompt?: React.ReactNode;
  /**
   * Builds an image's URL at a width, for a resizing service: with it every
   * image (lead, body, « À lire aussi ») gets a `srcset` of several widths up
   * to its own and a `sizes` that follows the layout. `og:image` and the
   * JSON-LD keep the images' own URLs.
   * @default undefined (each image has its one `src`)
   */
  imageLoader?: ImageLoader;
}

/**
 * A whole news article: rubrique, the one top heading (the headline), chapô,
 * signature, dates in the site's time zone, lead photo with caption and
 * credit, body, corrections (« Rectificatif du … »), source line, tags and
 * « À lire aussi ». Bad data never throws: what cannot be shown is left out
 * with a development warning.
 *
 * A Server Component as much as a client one: everything its parts need
 * (levels, ids, language, cleaned blocks) is computed in one pure pass
 * (`planArticle`) and handed down as props, so it renders the same in a
 * Next.js App Router page, on a server and in the browser. A composed body
 * (`children`) gets the article's heading level and language through context,
 * which its client components read.
 *
 * A paywalled article (`isAccessibleForFree: false`) whose body holds a
 * `{ type: 'paywall' }` marker gets every block after the marker in one
 * `<div class="manchette-paywall" data-part="paywall">`, the element its
 * JSON-LD `hasPart` names; `paywallPrompt` shows a subscription prompt there
 * instead. A composed body (`children`) is the host's to mark.
 *
 * @example
 * <ArticleLayout article={article} related={teasers} site={site} />
 * // Inside a page that already has its h1:
 * <ArticleLayout article={article} headingLevel={2} />
 */
function ArticleLayout({
  article,
  children,
  headingLevel,
  related,
  relatedTitle,
  site,
  timeZone,
  labels,
  permalinks = true,
  lang,
  paywallClassName,
  paywallPrompt,
  imageLoader,
  ...rest
}: ArticleLayoutProps) {
  // The surrounding Section's level, in a client tree; none reaches a Server Component.
  const levelAround = useRawHeadingLevel();
  const headlineId = useId();
  const plan = planArticle({
    article,
    headingLevel,
    levelAround,
    lang,
    site,
    timeZone,
    labels,
    related,
    composed: children !== undefined && children !== null,
    paywallClassName,
  });
  const { level, language, headline, labels: words, timeZone: zone } = plan;
  const prompted = paywallPrompt !== undefined && paywallPrompt !== null;
  return (
    <Root lang={language} aria-labelledby={headlineId} data-heading-level={level} {...rest}>
      <ArticleHeader
        article={plan.article}
        headline={headline}
        untitled={plan.untitled}
        headlineId={headlineId}
        level={level}
        timeZone={zone}
        labels={words}
        language={language}
      />
      <ArticleFigure image={plan.article.image} lead language={language} imageLoader={imageLoader} />
      <div data-part="body">
        {children !== undefined && children !== null ? (
          // A composed body may hold client components that read context: give them the article's.
          <ContextScope headingLevel={plan.bodyLevel} language={language}>
            {children}
          </ContextScope>
        ) : (
          <>
            <ArticleBlocks
              blocks={plan.blocks}
              level={clampHeadingLevel(plan.bodyLevel)}
              language={language}
              permalinks={permalinks}
              imageLoader={imageLoader}
            />
            {plan.paywall ? (
              <div
                className={plan.paywall.className}
                data-part="paywall"
                data-prompt={prompted ? '' : undefined}
              >
                {prompted ? (
                  paywallPrompt
                ) : (
                  <ArticleBlocks
                    blocks={plan.paywall.blocks}
                    level={clampHeadingLevel(plan.bodyLevel)}
                    language={language}
                    permalinks={permalinks}
                    imageLoader={imageLoader}
                  />
                )}
              </div>
            ) : null}
          </>
        )}
      </div>
      <ArticleCorrections corrections={plan.corrections} labels={words} language={language} />
      <ArticleFooter article={plan.article} labels={words} language={language} />
      {plan.teasers.length > 0 ? (
        <RelatedArticlesContent
          data-part="related"
          teasers={plan.teasers}
          title={relatedTitle}
          timeZone={zone}
          level={clampHeadingLevel(plan.bodyLevel)}
          languageAround={language}
          lang={plan.teaserLang}
          imageLoader={imageLoader}
        />
      ) : null}
    </Root>
  );
}

export { ArticleLayout };
