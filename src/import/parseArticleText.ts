import { warnOnce } from '../dev';
import type { Article } from '../model';
import { assemble, type TeaserCandidate } from './assemble';
import { type Diagnostic, DiagnosticLog } from './diagnostics';
import { readFeatures } from './features';
import { labelUnits } from './labels';
import { splitLines } from './normalise';
import {
  checkDates,
  checkUrl,
  DEFAULT_LANGUAGE,
  validLanguage,
  validReferenceDate,
  validTimeZone,
} from './options';

export type { TeaserCandidate } from './assemble';

/** Options of `parseArticleText`: what plain text cannot say. */
export interface ParseArticleTextOptions {
  /** Canonical URL of the article, absolute; plain text has none. */
  url?: string;
  /**
   * First publication, ISO 8601 with offset (or a calendar date when only the day is known);
   * otherwise read from a date line of the text, if any: a line that prints the day without a
   * time ("19 février 2020", "Publié le 2020-02-19") gives that calendar date, never a made-up hour.
   */
  datePublished?: string;
  /** Last update, as `datePublished`; otherwise read from a date line of the text, if any. */
  dateModified?: string;
  /** BCP 47 language of the article; passages in other languages are marked against it. @default 'fr-FR' */
  language?: string;
  /** IANA time zone in which the text's date lines are written. @default 'Europe/Paris' */
  timeZone?: string;
  /**
   * When the text was read, ISO 8601 with an offset: relative date lines ("Publié hier à 18h05",
   * "il y a 3 heures") count from it. Without it they give no date (an editor is told).
   */
  referenceDate?: string;
}

/** What `parseArticleText` makes of a text. */
export interface ParseArticleTextResult {
  /** The article. Its `url` and `datePublished` are empty strings (with an error diagnostic) when neither the options nor the text give them. */
  article: Article;
  /** Everything dropped, repaired, guessed or missing, in reading order. */
  diagnostics: Diagnostic[];
  /** Teasers of other articles that the page carried; never part of the body. */
  teasers: TeaserCandidate[];
  /** Image credits ("Tous droits réservés EBU", "© AFP"): plain text has no image to attach them to. */
  credits: string[];
  /** Image captions taken out of the body ("De gauche à droite : …"), for the same reason. */
  captions: string[];
}

/** Diagnostics in reading order; what concerns the whole text (a missing URL) last. */
function inReadingOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, order) => ({
      diagnostic,
      order,
      line: diagnostic.lines[0]?.number ?? Number.POSITIVE_INFINITY,
    }))
    .sort((a, b) => a.line - b.line || a.order - b.order)
    .map(({ diagnostic }) => diagnostic);
}

/**
 * Reads a scraped or wire-copy plain-text article into `Article` data:
 * headline, standfirst (chapô), byline, dates, body blocks (paragraphs,
 * subheadings, stand-alone quotations with their speaker, lists, passages in
 * another language), source line and keywords. Page furniture (ads, share
 * buttons, navigation, newsletter and cookie prompts, paywall markers,
 * scraper artefacts, instructions to writing tools) is dropped and listed in
 * the diagnostics by family; teasers of other articles and image credits are
 * returned apart.
 *
 * Plain text has no URL and rarely a usable date: give them as options. When
 * missing, the article's `url` or `datePublished` is an empty string, which
 * `parseArticle` refuses, and an error diagnostic says so. Never throws.
 *
 * @example
 * const { article, diagnostics, teasers } = parseArticleText(text, {
 *   url: 'https://www.exemple.fr/international/otan-kiev',
 *   datePublished: '2024-04-04T18:02:00+02:00',
 * });
 */
export function parseArticleText(raw: string, options: ParseArticleTextOptions = {}): ParseArticleTextResult {
  const log = new DiagnosticLog();
  const settings = options && typeof options === 'object' ? options : {};
  const givenLanguage = validLanguage(settings.language);
  const language = givenLanguage ?? DEFAULT_LANGUAGE;
  const timeZone = validTimeZone(settings.timeZone);
  if (process.env.NODE_ENV !== 'production' && typeof raw !== 'string')
    warnOnce('parseArticleText expects the article as a string; it read nothing.');

  // lines → features → labels → article: each stage reads only the output of the one before.
  const lines = splitLines(typeof raw === 'string' ? raw : '');
  const features = readFeatures(lines, timeZone, validReferenceDate(settings.referenceDate, log));
  const labelling = labelUnits(features);
  if (features.length === 0) log.add('input-empty', 'error', 'The text holds no article text.');
  const { headline, standfirst, metadata, body } = assemble(features, labelling, language, log);

  const { datePublished, dateModified } = checkDates(settings, metadata.dates, log);
  const article: Article = {
    url: checkUrl(settings, log),
    headline,
    ...(standfirst ? { standfirst } : {}),
    ...(metadata.section ? { section: metadata.section } : {}),
    ...(metadata.tags.length > 0 ? { tags: metadata.tags } : {}),
    datePublished,
    ...(dateModified ? { dateModified } : {}),
    ...(metadata.authors.length > 0 ? { authors: metadata.authors } : {}),
    body,
    ...(metadata.source ? { source: { name: metadata.source } } : {}),
    ...(givenLanguage ? { language: givenLanguage } : {}),
  };
  return {
    article,
    diagnostics: inReadingOrder(log.entries),
    teasers: metadata.teasers,
    credits: metadata.credits,
    captions: metadata.captions,
  };
}
