import type * as React from 'react';
import { useId } from 'react';
import { DEFAULT_TIME_ZONE } from '../../dates';
import { warnOnce } from '../../dev';
import type { Article, SiteConfig, Teaser } from '../../model';
import { isOpenGraphLocale, nonBlankText } from '../../text';
import { RelatedArticles } from '../RelatedArticles';
import { languageTagOf, TextLanguageContext } from '../RichText';
import { clampHeadingLevel, HeadingLevelContext, useRawHeadingLevel } from '../Section';
import { SlugScope } from '../Subheading';
import { ArticleBlocks } from './ArticleBlocks';
import { ArticleFigure } from './ArticleFigure';
import { ArticleFooter } from './ArticleFooter';
import { ArticleHeader } from './ArticleHeader';
import { Root } from './ArticleLayout.styles';
import { type ArticleLayoutLabels, defaultLabels } from './labels';

const DEFAULT_LANGUAGE = 'fr';
const DEFAULT_SITE_LANGUAGE = 'fr-FR';

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
   * @default the level of the surrounding Section, or 1
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
}

// Trimmed as the meta tags and the JSON-LD read it, so that `<article lang>` and `inLanguage` agree.
function articleLanguage(lang: unknown, language: unknown): string {
  const given = languageTagOf(lang);
  if (given !== undefined) return given;
  if (process.env.NODE_ENV !== 'production' && lang !== undefined) {
    warnOnce(`lang "${String(lang)}" is not a language tag: the article's own language is used.`);
  }
  if (language === undefined) return DEFAULT_LANGUAGE;
  const own = languageTagOf(language);
  if (process.env.NODE_ENV !== 'production' && own === undefined) {
    warnOnce(
      `"${String(language)}" is not a language tag: the article is marked lang="${DEFAULT_LANGUAGE}".`,
    );
  }
  return own ?? DEFAULT_LANGUAGE;
}

// Teasers are the site's own pages, so their text is in the site's language:
// `site.locale` ("fr_FR", the default, also standing for an unusable one) rather than the article's.
function siteLanguage(site: SiteConfig | undefined): string {
  const locale = typeof site?.locale === 'string' ? site.locale.trim() : '';
  return isOpenGraphLocale(locale) ? locale.replace('_', '-') : DEFAULT_SITE_LANGUAGE;
}

const primaryLanguage = (tag: string) => tag.split('-')[0]?.toLowerCase();

/**
 * A whole news article: rubrique, the one top heading (the headline), chapô,
 * signature, dates in the site's time zone, lead photo with caption and
 * credit, body, source line, tags and « À lire aussi ». Bad data never
 * throws: what cannot be shown is left out with a development warning.
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
  ...rest
}: ArticleLayoutProps) {
  const surrounding = useRawHeadingLevel();
  const headlineId = useId();
  const level = clampHeadingLevel(headingLevel ?? surrounding ?? 1);
  const data: Article =
    article !== null && typeof article === 'object' ? article : ({ body: [] } as unknown as Article);
  // An unknown zone is reported by formatFrenchDate, which falls back to Europe/Paris.
  const zone = timeZone ?? site?.timeZone ?? DEFAULT_TIME_ZONE;
  const words: ArticleLayoutLabels = { ...defaultLabels, ...labels };
  // Blank once cleaned of what HTML forbids: an h1 of control characters would be empty.
  const headline = nonBlankText(data.headline);
  if (process.env.NODE_ENV !== 'production' && headline === undefined) {
    warnOnce(
      'the article has no headline: no top heading is rendered, and the page has no title to announce.',
    );
  }
  const blocks = Array.isArray(data.body) ? data.body : [];
  const teasers = Array.isArray(related) ? related : [];
  const language = articleLanguage(lang, data.language);
  const teaserLanguage = siteLanguage(site);
  return (
    <Root
      lang={language}
      aria-labelledby={headline ? headlineId : undefined}
      data-heading-level={level}
      {...rest}
    >
      <TextLanguageContext.Provider value={language}>
        <SlugScope>
          <ArticleHeader
            article={data}
            headline={headline}
            headlineId={headlineId}
            level={level}
            timeZone={zone}
            labels={words}
          />
          <ArticleFigure image={data.image} lead />
          <HeadingLevelContext.Provider value={level + 1}>
            <div data-part="body">
              {children ?? <ArticleBlocks blocks={blocks} permalinks={permalinks} />}
            </div>
            <ArticleFooter article={data} labels={words} />
            {teasers.length > 0 ? (
              <RelatedArticles
                data-part="related"
                teasers={teasers}
                title={relatedTitle}
                timeZone={zone}
                lang={
                  primaryLanguage(teaserLanguage) === primaryLanguage(language) ? undefined : teaserLanguage
                }
              />
            ) : null}
          </HeadingLevelContext.Provider>
        </SlugScope>
      </TextLanguageContext.Provider>
    </Root>
  );
}

export { ArticleLayout };
