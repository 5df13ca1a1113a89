import type * as React from 'react';
import { useId } from 'react';
import { DEFAULT_TIME_ZONE, formatFrenchDate, htmlDateTime } from '../../dates';
import { warnOnce } from '../../dev';
import { IMAGE_SIZES, type ImageLoader } from '../../images';
import type { Teaser } from '../../model';
import { nonBlankText } from '../../text';
import { frenchTypography, titleRuns, titleTypographyFor, typographyFor } from '../../typography';
import { safeUrl } from '../../url';
import { sizedImage } from '../ArticleLayout/images';
import { useRawHeadingLevel, useTextLanguage } from '../context/contexts';
import { frenchPartLang, languageTagOf } from '../RichText/language';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, type HeadingLevel } from '../Section/headingLevel';
import { Root } from './RelatedArticles.styles';
import { TeaserCard, type TeaserCardData } from './TeaserCard';

export interface RelatedArticlesProps extends Omit<React.ComponentPropsWithoutRef<'aside'>, 'title'> {
  /** The articles to suggest, in order; unusable ones (no headline, unsafe URL) are left out. */
  teasers: readonly Teaser[];
  /** Heading of the block, in the teasers' language. @default 'À lire aussi' */
  title?: string;
  /** `list` stacks the teasers, `grid` sets them in as many columns as fit (one at 320 px). @default 'list' */
  layout?: 'list' | 'grid';
  /** Largest number of teasers shown, counted after unusable ones are left out. @default undefined (all) */
  max?: number;
  /** IANA time zone in which publication dates are printed. @default 'Europe/Paris' */
  timeZone?: string;
  /** `id` of the heading that labels the region; derived from `useId()` when absent. @default undefined */
  headingId?: string;
  /**
   * Level of the block's title; the teasers' headlines are one below. Needed
   * in a Server Component, where no `Section` context reaches the block.
   * @default the level of the surrounding Section or ArticleLayout, else 2
   */
  headingLevel?: number;
  /**
   * Builds a teaser image's URL at a width, for a resizing service: with it
   * each image gets a `srcset` up to its own width and a `sizes` that follows
   * the layout.
   * @default undefined (each image has its one `src`)
   */
  imageLoader?: ImageLoader;
}

const DEFAULT_TITLE = 'À lire aussi';

/** How the block's words are printed: the teasers' typography, and the `lang` of the library's French words (dates, default title). */
interface TeaserText {
  typeset: (text: string) => string;
  /** For the title and standfirst: a one-letter word stays with the next one. */
  typesetTitle: (text: string) => string;
  frenchLang: 'fr' | undefined;
}

function toDate(iso: unknown, timeZone: string, dateLang: 'fr' | undefined): TeaserCardData['date'] {
  if (typeof iso !== 'string') return undefined;
  // formatFrenchDate warns once and gives '' for anything it cannot read.
  const label = formatFrenchDate(iso, { timeZone });
  if (label === '') return undefined;
  const dateTime = htmlDateTime(iso);
  if (!dateTime) return undefined;
  return dateLang ? { dateTime, label, lang: dateLang } : { dateTime, label };
}

/**
 * A teaser whose URL cannot be linked is left out rather than shown as plain
 * text: "À lire aussi" exists to lead somewhere, and a card that looks like a
 * link but goes nowhere misleads every reader.
 */
function toCard(
  teaser: Teaser,
  timeZone: string,
  { typeset, typesetTitle, frenchLang }: TeaserText,
): TeaserCardData | undefined {
  if (typeof teaser !== 'object' || teaser === null) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce('a related article that is not an object was left out.');
    }
    return undefined;
  }
  const headline = nonBlankText(teaser.headline);
  if (headline === undefined) {
    if (process.env.NODE_ENV !== 'production') warnOnce('a related article without a headline was left out.');
    return undefined;
  }
  const href = safeUrl(teaser.url);
  if (href === undefined) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `a related article was left out: its URL is not http(s) or relative (${JSON.stringify(teaser.url)}).`,
      );
    }
    return undefined;
  }
  // The section is shown by name only: a link to it inside a card that is
  // already one big link would nest interactive targets.
  const section = nonBlankText(teaser.section?.name);
  const standfirst = nonBlankText(teaser.standfirst);
  return {
    href,
    headline: titleRuns(typesetTitle(headline)),
    section: section === undefined ? undefined : typeset(section),
    standfirst: standfirst === undefined ? undefined : titleRuns(typesetTitle(standfirst)),
    date: toDate(teaser.datePublished, timeZone, frenchLang),
    image: sizedImage(teaser.image, 'related article'),
  };
}

function limit(max: number | undefined): number {
  if (max === undefined) return Number.POSITIVE_INFINITY;
  if (typeof max !== 'number' || Number.isNaN(max) || max < 0) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(`RelatedArticles max=${String(max)} is not a number of teasers; every teaser is shown.`);
    }
    return Number.POSITIVE_INFINITY;
  }
  return Math.floor(max);
}

/**
 * "À lire aussi": a complementary region labelled by its own heading, at the
 * level of the context it sits in (h2 beside an article body or on its own),
 * with a list of teasers whose headlines are one level below. Renders nothing
 * when no teaser can be shown. The teasers' text is typeset for its language:
 * the block's own `lang`, else the article's (French outside an ArticleLayout).
 *
 * @example
 * <RelatedArticles
 *   teasers={[
 *     {
 *       url: '/international/otan-rutte',
 *       headline: 'Mark Rutte devrait être le prochain chef de l’OTAN',
 *       datePublished: '2024-06-20T09:00:00+02:00',
 *     },
 *   ]}
 * />
 */
function RelatedArticles({ headingLevel, ...props }: RelatedArticlesProps) {
  const levelAround = useRawHeadingLevel();
  const languageAround = useTextLanguage();
  const level = clampHeadingLevel(headingLevel ?? levelAround ?? DEFAULT_HEADING_LEVEL);
  return <RelatedArticlesContent {...props} level={level} languageAround={languageAround} />;
}

/** What the block needs once its level and the language around it are known. */
export interface RelatedArticlesContentProps extends Omit<RelatedArticlesProps, 'headingLevel'> {
  level: HeadingLevel;
  /** The language of the text around (the article's); `undefined` is French. */
  languageAround: string | undefined;
}

/**
 * `RelatedArticles` with its level and the language around given: no context,
 * so `ArticleLayout` renders it the same way in a Server Component and in the
 * browser.
 */
export function RelatedArticlesContent({
  teasers,
  title,
  layout = 'list',
  max,
  timeZone = DEFAULT_TIME_ZONE,
  headingId,
  level,
  languageAround,
  imageLoader,
  ...rest
}: RelatedArticlesContentProps) {
  // Before the early return below, which must not change the hooks' order.
  const generatedId = useId();
  const language = languageTagOf(rest.lang) ?? languageAround;
  const text: TeaserText = {
    typeset: typographyFor(language),
    typesetTitle: titleTypographyFor(language),
    frenchLang: frenchPartLang(language),
  };

  const cards: { key: string; card: TeaserCardData }[] = [];
  const seen = new Map<string, number>();
  const count = limit(max);
  for (const teaser of Array.isArray(teasers) ? teasers : []) {
    if (cards.length >= count) break;
    const card = toCard(teaser, timeZone, text);
    if (!card) continue;
    // A careless feed may suggest the same article twice; keys must stay unique.
    const repeat = seen.get(card.href) ?? 0;
    seen.set(card.href, repeat + 1);
    cards.push({ key: repeat === 0 ? card.href : `${card.href}#${repeat}`, card });
  }
  // No empty landmark: a region with a heading and nothing under it is noise.
  if (cards.length === 0) return null;

  // useId gives the same value on the server and in the browser, so the
  // label survives hydration.
  const id = nonBlankText(headingId) ?? `${generatedId}related-title`;
  const ownTitle = nonBlankText(title);
  // The default title is the library's French words.
  const heading = ownTitle === undefined ? frenchTypography(DEFAULT_TITLE) : text.typeset(ownTitle);
  const headingLang = ownTitle === undefined ? text.frenchLang : undefined;
  const Title = `h${level}` as const;

  return (
    <Root aria-labelledby={id} data-layout={layout === 'grid' ? 'grid' : 'list'} data-level={level} {...rest}>
      <Title data-part="title" id={id} lang={headingLang}>
        {heading}
      </Title>
      <ul>
        {cards.map(({ key, card }) => (
          <TeaserCard
            key={key}
            teaser={card}
            level={clampHeadingLevel(level + 1)}
            imageLoader={imageLoader}
            sizes={layout === 'grid' ? IMAGE_SIZES.teaserGrid : IMAGE_SIZES.teaserList}
          />
        ))}
      </ul>
    </Root>
  );
}

export { RelatedArticles };
