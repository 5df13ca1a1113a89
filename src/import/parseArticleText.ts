import { warnOnce } from '../dev';
import type { Article, Block } from '../model';
import {
  appendListItem,
  type ForeignPassage,
  isSubheading,
  markForeignPassages,
  readQuoteBlock,
} from './body';
import { type Diagnostic, DiagnosticLog } from './diagnostics';
import { canDetectAgainst } from './language';
import { applyLine, classify, type Metadata, setSource } from './lines';
import { readSignatureLine, splitTrailingSource } from './metadata';
import { type SourceLine, splitLines } from './normalise';
import { checkDates, checkUrl, validTimeZone } from './options';
import { isCaptionParagraph, PersonRegistry, sentencesOf } from './people';
import { stripHeadlinePrompt } from './prompts';
import { repairPunctuation } from './punctuation';
import { splitSentences } from './sentences';
import { isHeadlineLike, isKicker, isStandfirst, sameText, withoutFinalStop } from './structure';
import { findTeasers, type TeaserCandidate } from './teaserZones';
import { blockToUnits, type TextUnit } from './units';

export type { TeaserCandidate } from './teaserZones';

export interface ParseArticleTextOptions {
  /** Canonical URL of the article, absolute; plain text has none. */
  url?: string;
  /** First publication, ISO 8601 with offset; otherwise read from a date line of the text, if any. */
  datePublished?: string;
  /** Last update, ISO 8601 with offset; otherwise read from a date line of the text, if any. */
  dateModified?: string;
  /** BCP 47 language of the article; passages in other languages are marked against it. @default 'fr-FR' */
  language?: string;
  /** IANA time zone in which the text's date lines are written. @default 'Europe/Paris' */
  timeZone?: string;
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
  const safeOptions = options && typeof options === 'object' ? options : {};
  const language =
    typeof safeOptions.language === 'string' && safeOptions.language.trim() !== ''
      ? safeOptions.language.trim()
      : 'fr-FR';
  const timeZone = validTimeZone(safeOptions.timeZone);
  if (typeof raw !== 'string') warnOnce('parseArticleText expects the article as a string; it read nothing.');
  const lines = splitLines(typeof raw === 'string' ? raw : '');
  const kinds = lines.map((line) => classify(line, timeZone));
  const metadata: Metadata = { authors: [], credits: [], tags: [], dates: {} };

  const zones = findTeasers(lines, kinds, log, metadata);

  // Lines to units, with the dropped lines between them remembered.
  const units: TextUnit[] = [];
  let block: SourceLine[] = [];
  let separated = false;
  const flush = () => {
    if (block.length > 0) units.push(...blockToUnits(block, separated, log));
    if (block.length > 0) separated = false;
    block = [];
  };
  lines.forEach((line, index) => {
    const kind = kinds[index];
    if (!kind || kind.kind === 'blank') {
      flush();
      return;
    }
    if (kind.kind === 'text' && !zones.consumed.has(index)) {
      block.push(line);
      return;
    }
    flush();
    separated = true;
    if (kind.kind !== 'text' && kind.kind !== 'teaser-heading') {
      applyLine(kind, line, zones.inside.has(index), metadata, log, timeZone);
    }
  });
  flush();

  if (units.length === 0) {
    log.add('input-empty', 'error', 'The text holds no article text.');
  }

  // Headline, with the section's kicker above it and prompts glued to it.
  let headline = '';
  let cursor = 0;
  const first = units[0];
  if (first && isKicker(first, units[1])) {
    metadata.section ??= { name: first.text };
    log.add(
      'section-kicker',
      'info',
      `"${first.text}" above the headline was read as the section.`,
      first.lines,
    );
    cursor = 1;
  }
  const headlineUnit = units[cursor];
  let headlineFound = false;
  if (headlineUnit && isHeadlineLike(headlineUnit)) {
    const stripped = stripHeadlinePrompt(headlineUnit.text);
    if (stripped.prefix) {
      log.add(
        'headline-prompt-removed',
        'warning',
        `"${stripped.prefix}" was cut from the front of the headline.`,
        headlineUnit.lines,
      );
    }
    headline = withoutFinalStop(repairPunctuation(stripped.headline));
    headlineFound = true;
    cursor += 1;
  } else {
    const firstSentence = headlineUnit ? (splitSentences(headlineUnit.text)[0]?.text ?? '') : '';
    headline = withoutFinalStop(repairPunctuation(firstSentence));
    log.add(
      'headline-missing',
      'error',
      firstSentence
        ? 'No headline was found: the first sentence stands in for it until an editor writes one.'
        : 'No headline was found.',
      headlineUnit?.lines ?? [],
    );
  }

  // The headline repeated below it (often as a bullet) is dropped.
  const rest: TextUnit[] = [];
  let separatedByDrop = false;
  for (const unit of units.slice(cursor)) {
    if (headlineFound && sameText(unit.text, headline)) {
      log.add('headline-repeated', 'info', 'A repetition of the headline was dropped.', unit.lines);
      separatedByDrop = true;
      continue;
    }
    rest.push(separatedByDrop ? { ...unit, separatedBefore: true } : unit);
    separatedByDrop = false;
  }

  let standfirst: string | undefined;
  if (headlineFound && rest[0] && isStandfirst(rest[0], rest.slice(1))) {
    const unit = rest.shift() as TextUnit;
    standfirst = repairPunctuation(unit.text);
    log.add('standfirst', 'info', 'The first paragraph was read as the standfirst (chapô).', unit.lines);
  }

  // The author's signature repeated at the end: "Jean-Pierre Stroobants (Bruxelles, correspondant)".
  // It may be followed by one more line of the page's footer.
  const signedAt = [rest.length - 1, rest.length - 2].find((index) => {
    const unit = rest[index];
    return index > 0 && unit !== undefined && !unit.bullet && readSignatureLine(unit.text) !== undefined;
  });
  const signed = signedAt === undefined ? undefined : rest[signedAt];
  const signature = signed ? readSignatureLine(signed.text) : undefined;
  if (signedAt !== undefined && signed && signature) {
    rest.splice(signedAt, 1);
    if (!metadata.authors.some((author) => author.name === signature.name)) metadata.authors.push(signature);
    log.add('byline', 'info', `Signature at the end: ${signature.name}.`, signed.lines);
  }

  // An agency signature at the end of the last paragraph: "(ats/nxp)".
  const last = rest.at(-1);
  if (last && !last.bullet) {
    const trailing = splitTrailingSource(last.text);
    if (trailing) {
      last.text = trailing.text;
      setSource(metadata, trailing.source, last.lines.at(-1), log);
    }
  }

  // Captions of the page's pictures are not body text.
  const captions: string[] = [];
  for (let index = rest.length - 1; index >= 0; index -= 1) {
    const unit = rest[index];
    if (unit && !unit.bullet && isCaptionParagraph(unit.text)) {
      captions.unshift(unit.text);
      rest.splice(index, 1);
      log.add('caption', 'info', 'An image caption was taken out of the body.', unit.lines);
    }
  }

  const paragraphTexts = rest.map((unit) => repairPunctuation(unit.text));
  const registry = new PersonRegistry([...(standfirst ? [standfirst] : []), ...paragraphTexts]);
  const detectForeign = canDetectAgainst(language);
  const body: Block[] = [];
  const before: string[] = standfirst ? sentencesOf([standfirst]) : [];

  rest.forEach((unit, index) => {
    const text = paragraphTexts[index] ?? '';
    if (text !== unit.text) {
      log.add(
        'punctuation-repaired',
        'info',
        `Stray punctuation was repaired: "${text.slice(-60)}".`,
        unit.lines,
      );
    }
    const found: ForeignPassage[] = [];
    const rich = (value: string) => (detectForeign ? markForeignPassages(value, language, found) : value);
    if (unit.bullet) {
      appendListItem(body, rich(text), unit.bullet.ordered);
    } else if (isSubheading(unit, rest[index + 1])) {
      body.push({ type: 'subheading', text });
    } else {
      const previousParagraph = index > 0 ? paragraphTexts[index - 1] : standfirst;
      const quote = readQuoteBlock(text, language, {
        registry,
        before,
        ...(previousParagraph ? { previousParagraph } : {}),
      });
      if (quote) {
        body.push(quote.block);
        const speaker = quote.block.attribution?.name;
        log.add(
          'quote',
          'info',
          speaker ? `Quotation attributed to ${speaker}.` : 'Stand-alone quotation.',
          unit.lines,
        );
        if (!quote.speakerFound) {
          log.add(
            'quote-speaker-missing',
            'warning',
            'A stand-alone quotation names no speaker the text identifies.',
            unit.lines,
          );
        }
        if (quote.block.lang) found.push({ lang: quote.block.lang, text: quote.block.text });
      } else {
        body.push({ type: 'paragraph', text: rich(text) });
      }
    }
    for (const passage of found) {
      log.add(
        'foreign-passage',
        'info',
        `Passage in another language (${passage.lang}): "${passage.text.slice(0, 80)}".`,
        unit.lines,
      );
    }
    before.push(...sentencesOf([text]));
  });

  const { datePublished, dateModified } = checkDates(safeOptions, metadata.dates, log);
  const url = checkUrl(safeOptions, log);

  const article: Article = {
    url,
    headline,
    ...(standfirst ? { standfirst } : {}),
    ...(metadata.section ? { section: metadata.section } : {}),
    ...(metadata.tags.length > 0 ? { tags: metadata.tags } : {}),
    datePublished,
    ...(dateModified ? { dateModified } : {}),
    ...(metadata.authors.length > 0 ? { authors: metadata.authors } : {}),
    body,
    ...(metadata.source ? { source: { name: metadata.source } } : {}),
    ...(typeof safeOptions.language === 'string' && safeOptions.language.trim() !== '' ? { language } : {}),
  };
  // In reading order; what concerns the whole text (a missing URL) last.
  const diagnostics = log.entries
    .map((diagnostic, order) => ({
      diagnostic,
      order,
      line: diagnostic.lines[0]?.number ?? Number.POSITIVE_INFINITY,
    }))
    .sort((a, b) => a.line - b.line || a.order - b.order)
    .map(({ diagnostic }) => diagnostic);
  return { article, diagnostics, teasers: zones.teasers, credits: metadata.credits, captions };
}
