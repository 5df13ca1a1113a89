import type * as React from 'react';
import { useId } from 'react';
import { DEFAULT_TIME_ZONE } from '../../dates';
import { warnOnce } from '../../dev';
import type { Article, SiteConfig, Teaser } from '../../model';
import { isLanguageTag } from '../RichText';
import { clampHeadingLevel, HeadingLevelContext, useRawHeadingLevel } from '../Section';
import { SlugScope } from '../Subheading';
import { ArticleBlocks } from './ArticleBlocks';
import { ArticleFigure } from './ArticleFigure';
import { ArticleFooter } from './ArticleFooter';
import { ArticleHeader } from './ArticleHeader';
import { Body, Related, Root } from './ArticleLayout.styles';
import { type ArticleLayoutLabels, defaultLabels } from './labels';

const DEFAULT_LANGUAGE = 'fr';

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
}

function usableLanguage(language: unknown): string {
  if (language === undefined) return DEFAULT_LANGUAGE;
  if (isLanguageTag(language)) return language;
  warnOnce(`"${String(language)}" is not a language tag: the article is marked lang="${DEFAULT_LANGUAGE}".`);
  return DEFAULT_LANGUAGE;
}

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
  const headline = typeof data.headline === 'string' ? data.headline.trim() : '';
  if (headline === '') {
    warnOnce(
      'the article has no headline: no top heading is rendered, and the page has no title to announce.',
    );
  }
  const blocks = Array.isArray(data.body) ? data.body : [];
  const teasers = Array.isArray(related) ? related : [];
  return (
    <Root
      lang={usableLanguage(data.language)}
      aria-labelledby={headline ? headlineId : undefined}
      data-heading-level={level}
      {...rest}
    >
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
          <Body>{children ?? <ArticleBlocks blocks={blocks} permalinks={permalinks} />}</Body>
          <ArticleFooter article={data} labels={words} />
          {teasers.length > 0 ? (
            <Related teasers={[...teasers]} title={relatedTitle} timeZone={zone} />
          ) : null}
        </HeadingLevelContext.Provider>
      </SlugScope>
    </Root>
  );
}

export { ArticleLayout };
