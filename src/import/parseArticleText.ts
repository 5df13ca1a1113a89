import { DEFAULT_TIME_ZONE, isIsoDateTimeWithOffset } from '../dates';
import type { Article, ArticleSection, Author, Block, Teaser } from '../model';
import { resolveUrl } from '../url';
import {
  appendListItem,
  type ForeignPassage,
  isSubheading,
  markForeignPassages,
  readQuoteBlock,
} from './body';
import { type BoilerplateMatch, matchBoilerplate } from './boilerplate';
import { type Diagnostic, DiagnosticLog } from './diagnostics';
import { type DateLine, type DateLineDates, readDateLine } from './frenchDates';
import { canDetectAgainst } from './language';
import {
  type Byline,
  readBylineLine,
  readCreditLine,
  readSourceLine,
  readTagsLine,
  splitTrailingSource,
} from './metadata';
import { endsWithTerminalPunctuation, foldKey, type SourceLine, splitLines, wordCount } from './normalise';
import { isCaptionParagraph, PersonRegistry, sentencesOf } from './people';
import { isWritingPrompt, stripHeadlinePrompt } from './prompts';
import { repairPunctuation } from './punctuation';
import { readStandaloneQuote } from './quotes';
import { splitSentences } from './sentences';
import {
  isTeaserCaption,
  isTeaserStandfirst,
  matchTeaserHeading,
  resumesBody,
  type TeaserHeading,
} from './teasers';
import { blockToUnits, type TextUnit } from './units';

/** Options of `parseArticleText`: what plain text cannot say. */
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

/** A teaser of another article found in the text; it becomes a `Teaser` once given the article's URL. */
export type TeaserCandidate = Omit<Teaser, 'url'>;

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

type Classified =
  | { kind: 'blank' }
  | { kind: 'text' }
  | { kind: 'prompt' }
  | { kind: 'teaser-heading'; heading: TeaserHeading }
  | { kind: 'boilerplate'; match: BoilerplateMatch }
  | { kind: 'source'; name: string }
  | { kind: 'credit'; credit: string }
  | { kind: 'byline'; byline: Byline }
  | { kind: 'date'; date: DateLine }
  | { kind: 'tags'; tags: string[] };

function classify(line: SourceLine, timeZone: string): Classified {
  const text = line.text;
  if (text === '') return { kind: 'blank' };
  if (isWritingPrompt(text)) return { kind: 'prompt' };
  const heading = matchTeaserHeading(text);
  if (heading) return { kind: 'teaser-heading', heading };
  const boilerplate = matchBoilerplate(text);
  if (boilerplate) return { kind: 'boilerplate', match: boilerplate };
  const source = readSourceLine(text);
  if (source) return { kind: 'source', name: source };
  const credit = readCreditLine(text);
  if (credit) return { kind: 'credit', credit };
  const byline = readBylineLine(text);
  if (byline) return { kind: 'byline', byline };
  const date = readDateLine(text, timeZone);
  if (date) return { kind: 'date', date };
  const tags = readTagsLine(text);
  if (tags) return { kind: 'tags', tags };
  return { kind: 'text' };
}

const FAMILY_LABELS: Record<BoilerplateMatch['family'], string> = {
  advertising: 'ad marker',
  social: 'share or comment widget',
  subscription: 'newsletter, app or cookie prompt',
  navigation: 'navigation text',
  paywall: 'paywall or membership marker',
  'article-tools': 'article tool',
  scraper: 'plugin credit or scraper artefact',
  'teaser-caption': 'caption of a teaser picture',
};

/** Collects what the lines around the text say of the article. */
interface Metadata {
  authors: Author[];
  credits: string[];
  source?: string;
  tags: string[];
  dates: DateLineDates;
  section?: ArticleSection;
}

interface TeaserZones {
  teasers: TeaserCandidate[];
  /** Indexes of the lines that belong to teasers (headlines, standfirsts, captions, headings). */
  consumed: Set<number>;
  /** Indexes of lines inside teaser blocks: what they say is not about the article. */
  inside: Set<number>;
}

function findTeasers(
  lines: SourceLine[],
  kinds: Classified[],
  log: DiagnosticLog,
  metadata: Metadata,
): TeaserZones {
  const zones: TeaserZones = { teasers: [], consumed: new Set(), inside: new Set() };
  let textLinesSeen = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const kind = kinds[index];
    const line = lines[index];
    if (!kind || !line) continue;
    if (kind.kind === 'text') textLinesSeen += 1;
    if (kind.kind !== 'teaser-heading') continue;
    zones.consumed.add(index);
    const { heading } = kind;
    if (heading.sectionName && !metadata.section) {
      metadata.section = { name: heading.sectionName };
      log.add(
        'section-from-teaser-heading',
        'info',
        `The section "${heading.sectionName}" was read from a teaser heading.`,
        [line],
      );
    }
    if (heading.headline) {
      zones.teasers.push({ headline: heading.headline });
      log.add('teaser', 'info', `Teaser of another article: "${heading.headline}".`, [line]);
      continue;
    }
    log.add('teaser-heading', 'info', 'A teaser heading was dropped.', [line]);
    // Before the body, such a heading belongs to the page's side columns; what follows may be the article.
    if (textLinesSeen < 2) continue;

    let current: TeaserCandidate | undefined;
    let next = index + 1;
    for (; next < lines.length; next += 1) {
      const nextKind = kinds[next];
      const nextLine = lines[next];
      if (!nextKind || !nextLine) continue;
      if (nextKind.kind === 'teaser-heading') break;
      if (nextKind.kind !== 'text') {
        zones.inside.add(next);
        continue;
      }
      const text = nextLine.text;
      const expectingStandfirst = current !== undefined && current.standfirst === undefined;
      if (heading.kind === 'inline' && resumesBody(text, expectingStandfirst)) break;
      zones.consumed.add(next);
      zones.inside.add(next);
      const hasNextText = kinds.slice(next + 1).some((k) => k.kind === 'text');
      if (isTeaserCaption(text, hasNextText, expectingStandfirst)) {
        log.add(
          'boilerplate',
          'info',
          `Dropped: ${FAMILY_LABELS['teaser-caption']}.`,
          [nextLine],
          'teaser-caption',
        );
      } else if (current && expectingStandfirst && isTeaserStandfirst(text)) {
        current.standfirst = text;
        log.add('teaser', 'info', 'Standfirst of the teaser above.', [nextLine]);
      } else {
        current = { headline: withoutFinalStop(text.replace(/\s*(?:\.\.\.|…)$/, '')) };
        zones.teasers.push(current);
        log.add('teaser', 'info', `Teaser of another article: "${current.headline}".`, [nextLine]);
      }
    }
    index = next - 1;
  }
  return zones;
}

function addAuthors(metadata: Metadata, authors: readonly Author[]): void {
  for (const author of authors) {
    if (!metadata.authors.some((known) => known.name === author.name)) metadata.authors.push(author);
  }
}

function setSource(metadata: Metadata, name: string, line: SourceLine | undefined, log: DiagnosticLog): void {
  if (metadata.source === undefined) {
    metadata.source = name;
    log.add('source', 'info', `Source: ${name}.`, line ? [line] : []);
  } else if (foldKey(metadata.source) !== foldKey(name)) {
    log.add(
      'source',
      'warning',
      `A second source (${name}) was found; the first one (${metadata.source}) is kept.`,
      line ? [line] : [],
    );
  }
}

/** Applies a non-text line: logs it and keeps what it says of the article. */
function applyLine(
  kind: Classified,
  line: SourceLine,
  inTeasers: boolean,
  metadata: Metadata,
  log: DiagnosticLog,
  timeZone: string,
): void {
  switch (kind.kind) {
    case 'prompt':
      log.add(
        'writing-prompt',
        'warning',
        'An instruction to a writing tool was dropped: the text was likely machine-edited.',
        [line],
      );
      return;
    case 'boilerplate':
      log.add(
        'boilerplate',
        'info',
        `Dropped: ${FAMILY_LABELS[kind.match.family]}.`,
        [line],
        kind.match.family,
      );
      return;
    case 'source':
      if (inTeasers) break;
      setSource(metadata, kind.name, line, log);
      return;
    case 'credit':
      if (inTeasers) break;
      if (!metadata.credits.some((credit) => foldKey(credit) === foldKey(kind.credit)))
        metadata.credits.push(kind.credit);
      log.add('credit', 'info', `Image credit: ${kind.credit}.`, [line]);
      return;
    case 'byline': {
      if (inTeasers) break;
      const { byline } = kind;
      addAuthors(metadata, byline.authors);
      const names = byline.authors.map((author) => author.name).join(', ');
      log.add('byline', 'info', names ? `Authors: ${names}.` : 'Byline without a person.', [line]);
      for (const organisation of byline.organisations) {
        log.add('byline-organisation', 'info', `"${organisation}" is an organisation, not an author.`, [
          line,
        ]);
      }
      for (const agency of byline.agencies) setSource(metadata, agency, line, log);
      if (byline.dateText) {
        const date = readDateLine(byline.dateText, timeZone);
        if (date) applyDate(date, line, metadata, log);
      }
      return;
    }
    case 'date':
      if (inTeasers) break;
      applyDate(kind.date, line, metadata, log);
      return;
    case 'tags':
      if (inTeasers) break;
      for (const tag of kind.tags) if (!metadata.tags.includes(tag)) metadata.tags.push(tag);
      log.add('tags', 'info', `Keywords: ${kind.tags.join(', ')}.`, [line]);
      return;
    default:
      return;
  }
  log.add('teaser', 'info', 'A line of a teaser block was dropped.', [line]);
}

function applyDate(date: DateLine, line: SourceLine, metadata: Metadata, log: DiagnosticLog): void {
  if (date.empty) {
    log.add('date-line-empty', 'info', 'A date line without any date was dropped.', [line]);
    return;
  }
  metadata.dates.published ??= date.dates.published;
  metadata.dates.modified ??= date.dates.modified;
  const message = date.withoutTime
    ? 'A date line was dropped; a date without a time gives no instant to publish.'
    : 'A date line was read and dropped.';
  log.add('date-line', 'info', message, [line]);
}

// French headlines take no full stop; an ellipsis or a question stays.
function withoutFinalStop(text: string): string {
  return text.replace(/(?<!\.)\.$/, '');
}

function sameText(a: string, b: string): boolean {
  const key = (text: string) => foldKey(text).replace(/[\s.…!?:;,]+$/u, '');
  return key(a) === key(b);
}

// A headline is one line of at most two hundred characters, one sentence.
function isHeadlineLike(unit: TextUnit): boolean {
  const text = unit.text;
  if (unit.bullet || text.length > 200) return false;
  if (text.endsWith('.') && text.length > 150) return false;
  return splitSentences(text).length === 1 || text.length <= 120;
}

// A kicker (surtitre) names the section above the headline: "International".
function isKicker(unit: TextUnit, next: TextUnit | undefined): boolean {
  if (!next || unit.bullet || wordCount(unit.text) > 3 || unit.text.length > 30) return false;
  if (/[.!?:;,…]$/.test(unit.text)) return false;
  return isHeadlineLike(next) && !next.text.endsWith('.') && next.text.length > unit.text.length;
}

// Words that tie a paragraph to what comes before: it goes on, it does not sum up.
const CONTINUATION =
  /^(?:mais|et|or|pourtant|cependant|toutefois|ainsi|alors|puis|ensuite|enfin|par ailleurs|en outre|de plus|il|elle|ils|elles|ce|cela|ceci|c['’]est)(?![\p{L}\p{N}])/iu;

// The chapô (standfirst) is the first paragraph after the headline when it
// sums up the article, as French pages print it:
// - set apart from the body by a dropped line (an ad marker, a byline, a
//   share bar, the headline repeated), and short: three sentences, 400
//   characters at most; or
// - one sentence of at most 260 characters that opens the text on its own
//   (not "Il…", "Mais…"), followed by at least two paragraphs: the summary
//   sentence of wire copy.
function isStandfirst(unit: TextUnit, following: readonly TextUnit[]): boolean {
  const next = following[0];
  if (!next || unit.bullet || !endsWithTerminalPunctuation(unit.text)) return false;
  if (readStandaloneQuote(unit.text) !== undefined || /^[«"“]/.test(unit.text)) return false;
  const sentences = splitSentences(unit.text).length;
  if (next.separatedBefore) return unit.text.length <= 400 && sentences <= 3;
  return sentences === 1 && unit.text.length <= 260 && following.length >= 2 && !CONTINUATION.test(unit.text);
}

function checkUrl(options: ParseArticleTextOptions, log: DiagnosticLog): string {
  if (options.url === undefined) {
    log.add('url-missing', 'error', 'No URL was given (options.url): the article has no canonical URL.');
    return '';
  }
  const url = typeof options.url === 'string' ? options.url.trim() : '';
  if (url === '' || resolveUrl(url, undefined) === undefined) {
    log.add('url-invalid', 'error', `The URL ${JSON.stringify(options.url)} is not an absolute http(s) URL.`);
    return '';
  }
  return url;
}

function checkDates(options: ParseArticleTextOptions, found: DateLineDates, log: DiagnosticLog) {
  let datePublished = '';
  if (options.datePublished !== undefined) {
    if (isIsoDateTimeWithOffset(options.datePublished)) datePublished = options.datePublished.trim();
    else {
      log.add(
        'date-invalid',
        'error',
        `datePublished ${JSON.stringify(options.datePublished)} is not an ISO 8601 date-time with an offset ("2024-06-12T14:30:00+02:00").`,
      );
    }
  } else if (found.published) {
    datePublished = found.published;
    log.add('date-from-text', 'info', `datePublished ${found.published} was read from the text.`);
  }
  if (datePublished === '' && options.datePublished === undefined) {
    log.add(
      'date-published-missing',
      'error',
      'No publication date was given (options.datePublished) or found in the text.',
    );
  }

  let dateModified: string | undefined;
  if (options.dateModified !== undefined) {
    if (isIsoDateTimeWithOffset(options.dateModified)) dateModified = options.dateModified.trim();
    else {
      log.add(
        'date-invalid',
        'warning',
        `dateModified ${JSON.stringify(options.dateModified)} is not an ISO 8601 date-time with an offset; it is left out.`,
      );
    }
  } else if (found.modified) {
    dateModified = found.modified;
    log.add('date-from-text', 'info', `dateModified ${found.modified} was read from the text.`);
  }
  return { datePublished, dateModified };
}

function validTimeZone(timeZone: unknown): string {
  if (typeof timeZone !== 'string') return DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
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
