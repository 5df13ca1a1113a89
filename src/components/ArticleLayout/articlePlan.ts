import { readCorrections } from '../../corrections';
import { DEFAULT_TIME_ZONE, formatFrenchDate, htmlDateTime } from '../../dates';
import { warnOnce } from '../../dev';
import type { Article, Attribution, Block, ImageAsset, RichText, SiteConfig, Teaser } from '../../model';
import { MARK_DEPTH_MESSAGE, tooDeepMark } from '../../model/marks';
import { paywallClassName, paywallStart } from '../../paywall';
import { titleWithoutHeadline } from '../../seo/untitled';
import { isBlank, isLanguageTag, isOpenGraphLocale, nonBlankText } from '../../text';
import { resolveUrl, safeUrl } from '../../url';
import { languageTagOf } from '../RichText/language';
import { clampHeadingLevel, type HeadingLevel } from '../Section/headingLevel';
import { subheadingIds } from './blockIds';
import { type ArticleLayoutLabels, defaultLabels } from './labels';

const DEFAULT_LANGUAGE = 'fr';
const DEFAULT_SITE_LANGUAGE = 'fr-FR';

/** A body block checked and cleaned, with everything its component needs. */
export type PlannedBlock =
  | { type: 'paragraph'; index: number; text: RichText }
  | { type: 'subheading'; index: number; id: string; text: string }
  | {
      type: 'quote';
      index: number;
      text: string;
      attribution: Attribution | undefined;
      cite: string | undefined;
      lang: string | undefined;
    }
  | { type: 'image'; index: number; image: ImageAsset | undefined }
  | { type: 'list'; index: number; ordered: boolean; items: RichText[] };

/** A correction as the page prints it. */
export interface PlannedCorrection {
  /** `<time datetime>`: the date as given when HTML accepts it. */
  dateTime: string;
  /** The day in French, in the site's time zone: « 4 avril 2024 ». */
  day: string;
  /** The text, cleaned; typeset by the component. */
  text: string;
}

/** Everything `ArticleLayout` renders, decided before rendering. */
export interface ArticlePlan {
  /** The article data, or an empty one when the value given was not an object. */
  article: Article;
  /** The headline's level; the body's headings are one below. */
  level: HeadingLevel;
  /** The unclamped level of the body's headings, for a composed body's context. */
  bodyLevel: number;
  /** `<article lang>`: the language that decides the typography of every part. */
  language: string;
  /** The headline, cleaned, or undefined when it shows nothing (`isBlank`). */
  headline: string | undefined;
  /**
   * Without a headline, the text of the top heading, visually hidden: the
   * title the page's head falls back to (`titleWithoutHeadline`), so that the
   * page keeps its one top heading and it says what the `<title>` says.
   */
  untitled: string | undefined;
  /** IANA time zone in which dates are printed. */
  timeZone: string;
  labels: ArticleLayoutLabels;
  /** The body blocks that render, in reading order: the free part when the article has a subscriber-only one. */
  blocks: PlannedBlock[];
  /** The subscriber-only part of a paywalled article: the blocks after its marker, and the class of their element. */
  paywall: { className: string; blocks: PlannedBlock[] } | undefined;
  /** The corrections that render under the body, in the order given. */
  corrections: PlannedCorrection[];
  teasers: readonly Teaser[];
  /** `lang` of « À lire aussi » when the site's language is not the article's. */
  teaserLang: string | undefined;
}

export interface ArticlePlanInput {
  article: Article;
  headingLevel: number | undefined;
  /** The raw level of a surrounding `Section`, when a client tree has one. */
  levelAround: number | undefined;
  lang: string | undefined;
  site: SiteConfig | undefined;
  timeZone: string | undefined;
  labels: Partial<ArticleLayoutLabels> | undefined;
  related: readonly Teaser[] | undefined;
  /** Whether the body is composed by the caller rather than taken from `article.body`. */
  composed: boolean;
  /** Class of the element that holds the subscriber-only part. */
  paywallClassName?: string | undefined;
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

const hasText = (value: unknown): boolean =>
  (typeof value === 'string' && !isBlank(value)) || (Array.isArray(value) && value.length > 0);

// A role alone says nothing about who spoke: an attribution without a name
// (blank, or nothing but control characters, which the page would not show)
// is left out whole.
function usableAttribution(attribution: Attribution | undefined, index: number): Attribution | undefined {
  if (attribution === null || typeof attribution !== 'object') return undefined;
  const name = nonBlankText(attribution.name);
  if (name === undefined) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(`body block ${index} is a quote whose attribution has no name; the attribution is left out.`);
    }
    return undefined;
  }
  return typeof attribution.role === 'string' ? { name, role: attribution.role } : { name };
}

// RichText leaves out a mark nested too deep, silently (a render keeps no
// state); the plan, computed once before it, names the first one.
function warnDeepMarks(text: unknown, field: string): void {
  if (process.env.NODE_ENV === 'production') return;
  const found = tooDeepMark(text);
  if (found) warnOnce(`${[field, ...found].join('.')} is ${MARK_DEPTH_MESSAGE}.`);
}

/** The body blocks that render, checked and with their subheading ids; a block the page cannot use is left out, with a warning. */
export function planBlocks(blocks: readonly Block[]): PlannedBlock[] {
  const ids = subheadingIds(blocks);
  const planned: PlannedBlock[] = [];
  blocks.forEach((block, index) => {
    if (block === null || typeof block !== 'object') {
      if (process.env.NODE_ENV !== 'production')
        warnOnce(`body block ${index} is not an object and is skipped.`);
      return;
    }
    switch (block.type) {
      case 'paragraph':
        warnDeepMarks(block.text, `body.${index}.text`);
        if (hasText(block.text)) planned.push({ type: 'paragraph', index, text: block.text });
        return;
      case 'subheading': {
        const id = ids.get(index);
        if (id === undefined) {
          if (process.env.NODE_ENV !== 'production') {
            warnOnce(`body block ${index} is a subheading without text and is skipped.`);
          }
          return;
        }
        planned.push({ type: 'subheading', index, id, text: block.text });
        return;
      }
      case 'quote':
        if (!hasText(block.text)) {
          if (process.env.NODE_ENV !== 'production') {
            warnOnce(`body block ${index} is a quote without text and is skipped.`);
          }
          return;
        }
        planned.push({
          type: 'quote',
          index,
          text: block.text,
          attribution: usableAttribution(block.attribution, index),
          cite: safeUrl(block.cite) || undefined,
          lang: isLanguageTag(block.lang) ? block.lang : undefined,
        });
        return;
      case 'image':
        planned.push({ type: 'image', index, image: block.image });
        return;
      case 'list': {
        if (Array.isArray(block.items)) {
          block.items.forEach((item, itemIndex) => {
            warnDeepMarks(item, `body.${index}.items.${itemIndex}`);
          });
        }
        const items = Array.isArray(block.items) ? block.items.filter(hasText) : [];
        if (items.length > 0) planned.push({ type: 'list', index, ordered: block.ordered === true, items });
        return;
      }
      case 'paywall':
        // Not a block of its own: planArticle splits the body there (paywallStart).
        return;
      default:
        if (process.env.NODE_ENV !== 'production') {
          warnOnce(
            `body block ${index} has the unknown type "${String((block as { type?: unknown }).type)}" and is skipped.`,
          );
        }
    }
  });
  return planned;
}

/** The corrections that render (`readCorrections`), with their dates printed in the site's time zone. */
export function planCorrections(corrections: unknown, timeZone: string): PlannedCorrection[] {
  return readCorrections(corrections).flatMap((correction) => {
    const dateTime = htmlDateTime(correction.date);
    const day = formatFrenchDate(correction.date, { timeZone });
    return dateTime && day ? [{ dateTime, day, text: correction.text }] : [];
  });
}

/**
 * One pure pass over the article and the props: heading levels, language,
 * time zone, labels, cleaned body blocks and their unique subheading ids.
 * The same input gives the same plan on the server, in the browser, under
 * Strict Mode and in a Server Component, so nothing inside `ArticleLayout`
 * needs context or state.
 */
export function planArticle(input: ArticlePlanInput): ArticlePlan {
  const article: Article =
    input.article !== null && typeof input.article === 'object'
      ? input.article
      : ({ body: [] } as unknown as Article);
  const level = clampHeadingLevel(input.headingLevel ?? input.levelAround ?? 1);
  // A headline that shows nothing (blank, zero-width, controls, non-characters) is absent.
  const headline = nonBlankText(article.headline);
  const untitled =
    headline === undefined
      ? titleWithoutHeadline(nonBlankText(input.site?.name) ?? '', resolveUrl(input.site?.url, undefined))
      : undefined;
  if (process.env.NODE_ENV !== 'production' && untitled !== undefined) {
    warnOnce(
      `the article has no headline: its top heading, visually hidden, says ${JSON.stringify(untitled)}, the page's fallback title.`,
    );
  }
  const language = articleLanguage(input.lang, article.language);
  const teaserLanguage = siteLanguage(input.site);
  // An unknown zone is reported by formatFrenchDate, which falls back to Europe/Paris.
  const timeZone = input.timeZone ?? input.site?.timeZone ?? DEFAULT_TIME_ZONE;
  // Subheading ids are unique over the whole body, so the blocks are planned together, then split at the marker.
  const planned = input.composed || !Array.isArray(article.body) ? [] : planBlocks(article.body);
  const start = input.composed ? undefined : paywallStart(article);
  return {
    article,
    level,
    bodyLevel: level + 1,
    language,
    headline,
    untitled,
    timeZone,
    labels: { ...defaultLabels, ...input.labels },
    blocks: start === undefined ? planned : planned.filter((block) => block.index < start),
    paywall:
      start === undefined
        ? undefined
        : {
            className: paywallClassName(input.paywallClassName),
            blocks: planned.filter((block) => block.index > start),
          },
    corrections: planCorrections(article.corrections, timeZone),
    teasers: Array.isArray(input.related) ? input.related : [],
    teaserLang: primaryLanguage(teaserLanguage) === primaryLanguage(language) ? undefined : teaserLanguage,
  };
}
