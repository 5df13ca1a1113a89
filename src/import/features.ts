import type { Author } from '../model';
import { type BoilerplateMatch, isContentsHeading, matchBoilerplate } from './boilerplate';
import { type DateLine, readDateLine } from './frenchDates';
import { functionWordShare } from './functionWords';
import {
  type Byline,
  readBylineLine,
  readCreditLine,
  readSignatureLine,
  readSourceLine,
  readTagsLine,
  splitTrailingSource,
} from './metadata';
import {
  bareKey,
  endsWithTerminalPunctuation,
  foldKey,
  isTruncated,
  type SourceLine,
  wordCount,
} from './normalise';
import { isCaptionParagraph, nameRuns } from './people';
import { isWritingPrompt } from './prompts';
import { readStandaloneQuote } from './quotes';
import { splitSentences } from './sentences';
import { matchTeaserHeading, type TeaserHeading } from './teasers';
import { readUnits, type TextUnit } from './units';

/** What the importer measures and recognises in one unit (a paragraph-to-be) of the text. */
export interface UnitFeatures {
  unit: TextUnit;
  /** Position among the units. */
  index: number;
  text: string;
  chars: number;
  words: number;
  /** Share of French function words among the words (jusText's stop-word density). */
  functionShare: number;
  sentences: number;
  /** Ends like a sentence: . ! ? … with closing marks allowed. */
  terminal: boolean;
  /** Ends with a colon: it announces what follows. */
  announces: boolean;
  startsLower: boolean;
  /** Share of the letters that are capitals. */
  capitals: number;
  /** Share of the characters that are digits. */
  digits: number;
  /** Ends with "…" or "...": a cut teaser or caption. */
  truncated: boolean;
  /** Starts with a quotation mark. */
  quoted: boolean;
  /** How many other units have the same text (case, accents and decoration aside). */
  repeats: number;
  /** How many other units have the same shape (digits aside): "8 min lues", "4 min lues". */
  shapeRepeats: number;
  /** A longer unit nearby holds this text: a pull quote, or a breadcrumb's last entry. */
  echoOf?: number;
  /** A shorter unit nearby is the end of this one: this one is a breadcrumb ending with it. */
  endsWithUnit?: number;

  // What the specialised readers recognise in the whole unit.
  prompt: boolean;
  furniture?: BoilerplateMatch;
  teaserHeading?: TeaserHeading;
  source?: string;
  credit?: string;
  byline?: Byline;
  date?: DateLine;
  /** The date part of a byline that carries one ("Par X | 30 septembre 2018"). */
  bylineDate?: DateLine;
  tags?: string[];
  signature?: Author;
  /** A caption cue: "photo :", "Crédits photo", "©" inside a short line. */
  caption: boolean;
  /** An attribution line: "— Elon Musk (@elonmusk) …", "— Une citation de …". */
  attribution?: string;
  /** A label that announces a value on the next line: "Auteur", "Date", "mot-clé:". */
  label?: 'author' | 'date' | 'other';
  /**
   * Speaks to the reader outside any quotation ("vous pouvez", "votre email",
   * "Recevez chaque mercredi…") and asks no question: the voice of a form, a
   * newsletter pitch or a consent notice, rarely of a news story's narration.
   */
  addressesReader: boolean;
  /** An entry of a table of contents: a short line under "Sommaire" or another entry. */
  contentsEntry?: boolean;
}

const CAPTION_CUE =
  /(?:^|[\s,.;(])(?:photos?|crédits? photos?|credits? photos?|crédits?|illustration|image|infographie)\s?:/iu;
const COPYRIGHT = /©|\(c\)\s/u;
// A credit signed after the caption's last sentence: "… en 2008. LP/Florian Garcia", "… vertus. LP/F.G.".
const TRAILING_CREDIT = /[.!?…»]\s\p{Lu}{1,8}\s?\/\s?\p{Lu}[\p{L}.' -]{0,40}$/u;
// "— Elon Musk (@elonmusk) March 16, 2020", "— Une citation de François Héran".
const ATTRIBUTION = /^[—–―-]\s?(\S.{0,150})$/u;
const CITATION = /^(?:[—–―-]\s?)?une citation (?:de|d['’])\s?(\S.{0,100})$/iu;
const LABELS: Record<string, UnitFeatures['label']> = {
  auteur: 'author',
  auteurs: 'author',
  autrice: 'author',
  author: 'author',
  date: 'date',
  publie: 'date',
  'publie le': 'date',
  'mot-cle': 'other',
  'mots-cles': 'other',
  cover: 'other',
  credit: 'other',
  credits: 'other',
};

function shapeKey(text: string): string {
  return bareKey(text).replace(/\d+/g, '#');
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

// How far apart two units may be for one to echo the other: a pull quote
// stands near the paragraph it repeats, a breadcrumb near the headline.
const ECHO_WINDOW = 12;

function readAttribution(text: string): string | undefined {
  const citation = CITATION.exec(text);
  if (citation?.[1]) return citation[1].trim();
  const dash = ATTRIBUTION.exec(text);
  if (!dash?.[1] || /[.!?]$/.test(dash[1]) || /^\p{Ll}/u.test(dash[1])) return undefined;
  return dash[1].trim();
}

// Quotations are the speakers' words, not the page speaking to its reader.
const QUOTATION = /«[^«»]{0,2000}»|“[^“”]{0,2000}”|"[^"]{0,2000}"/gu;
const SECOND_PERSON = /(?<![\p{L}\p{N}])(?:vous|votre|vos)(?![\p{L}\p{N}])/iu;
// An imperative opening a sentence: "Recevez chaque mercredi…", "Découvrez, chaque jour, …".
const IMPERATIVE_OPENING = /(?:^|[.!?…:]\s)\p{L}\p{Ll}{2,14}ez(?:[\s,]|-vous)/u;

function addressesReader(text: string): boolean {
  if (/\?[\s»"”)]*$/u.test(text)) return false;
  const narration = text.replace(QUOTATION, ' ');
  return SECOND_PERSON.test(narration) || IMPERATIVE_OPENING.test(narration);
}

// "François Bayrou, Sylvie Goulard et Marielle de Sarnez": names and nothing
// else, no role and no full stop. Under a picture it would say who is who;
// between a heading and a paragraph it is the heading of a section about them.
function isBareNameList(text: string): boolean {
  if (text.length > 120 || endsWithTerminalPunctuation(text)) return false;
  const items = text.split(/,\s|\set\s/u);
  return items.every((item) => {
    const run = nameRuns(item.trim())[0];
    return run !== undefined && run.start === 0 && run.end === item.trim().length && run.tokens.length >= 2;
  });
}

// "« Correctement utilisé, il ne présente pas de risque »": marks at both ends.
function isWholeQuotation(text: string): boolean {
  return /^[«"“]/u.test(text) && /[»"”]$/u.test(text) && wordCount(text) >= 4;
}

function readLabel(text: string): UnitFeatures['label'] {
  if (text.length > 20) return undefined;
  return LABELS[bareKey(text)];
}

function measure(unit: TextUnit, index: number, timeZone: string, reference?: number): UnitFeatures {
  const text = unit.text;
  const { words, share } = functionWordShare(text);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  const digits = text.match(/\p{N}/gu)?.length ?? 0;
  const short = text.length <= 300;
  const furniture = matchBoilerplate(text);
  const teaserHeading = matchTeaserHeading(text);
  const source = readSourceLine(text);
  const credit = readCreditLine(text);
  const byline = readBylineLine(text);
  const date = readDateLine(text, timeZone, reference);
  const bylineDate = byline?.dateText ? readDateLine(byline.dateText, timeZone, reference) : undefined;
  const tags = readTagsLine(text);
  const signature = readSignatureLine(text);
  const attribution = source || byline || date || credit || furniture ? undefined : readAttribution(text);
  const label = readLabel(text);
  return {
    unit,
    index,
    text,
    chars: text.length,
    words,
    functionShare: share,
    sentences: splitSentences(text).length,
    // "… a-t-il dit. (ats/nxp)": an agency code after the last sentence.
    // A quotation in its marks ends like a sentence, whatever the page printed inside them.
    terminal: endsWithTerminalPunctuation(splitTrailingSource(text)?.text ?? text) || isWholeQuotation(text),
    announces: text.endsWith(':'),
    startsLower: /^\p{Ll}/u.test(text),
    capitals: letters === 0 ? 0 : capitals / letters,
    digits: text.length === 0 ? 0 : digits / text.length,
    truncated: isTruncated(text),
    quoted: /^[«"“„‹]/u.test(text) || readStandaloneQuote(text) !== undefined,
    repeats: 0,
    shapeRepeats: 0,
    prompt: isWritingPrompt(text),
    addressesReader: addressesReader(text),
    caption:
      (short && (CAPTION_CUE.test(text) || COPYRIGHT.test(text) || TRAILING_CREDIT.test(text))) ||
      (isCaptionParagraph(text) && !isBareNameList(text)),
    ...(furniture ? { furniture } : {}),
    ...(teaserHeading ? { teaserHeading } : {}),
    ...(source ? { source } : {}),
    ...(credit ? { credit } : {}),
    ...(byline ? { byline } : {}),
    ...(date ? { date } : {}),
    ...(bylineDate ? { bylineDate } : {}),
    ...(tags ? { tags } : {}),
    ...(signature ? { signature } : {}),
    ...(attribution ? { attribution } : {}),
    ...(label ? { label } : {}),
  };
}

/**
 * The units of the text and what each looks like, judged on its own and
 * against the rest of the page (repetitions, echoes). Pure: the same lines
 * give the same features.
 */
export function readFeatures(
  lines: readonly SourceLine[],
  timeZone: string,
  /** The instant relative dates count from ("il y a 3 heures"), in milliseconds; none: they give no date. */
  reference?: number,
): UnitFeatures[] {
  const units = readUnits(lines);
  const measured = units.map((unit, index) => measure(unit, index, timeZone, reference));
  // Letters and digits only: a pull quote drops or adds commas ("Il y a, d’abord, …").
  const keys = measured.map((f) =>
    foldKey(f.text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
  const bare = measured.map((f) => bareKey(f.text));
  const shapes = measured.map((f) => shapeKey(f.text));
  const keyCounts = countBy(bare);
  const shapeCounts = countBy(shapes);
  const contents = contentsEntries(measured);
  return measured.map((f, index) => {
    const key = keys[index] ?? '';
    let echoOf: number | undefined;
    let endsWithUnit: number | undefined;
    if (f.words >= 4 && f.chars <= 300) {
      const from = Math.max(0, index - ECHO_WINDOW);
      const to = Math.min(measured.length, index + ECHO_WINDOW + 1);
      // The nearest unit that holds it: a pull quote repeats the paragraph next to it, not the headline.
      for (let distance = 1; distance <= ECHO_WINDOW && echoOf === undefined; distance += 1) {
        for (const other of [index - distance, index + distance]) {
          const otherKey = other >= from && other < to ? (keys[other] ?? '') : '';
          if (echoOf === undefined && otherKey.length > key.length + 10 && otherKey.includes(key))
            echoOf = other;
        }
      }
      for (let other = from; other < to && endsWithUnit === undefined; other += 1) {
        const otherKey = keys[other] ?? '';
        if (
          other !== index &&
          otherKey.length >= 12 &&
          key.length > otherKey.length &&
          key.endsWith(otherKey)
        )
          endsWithUnit = other;
      }
    }
    return {
      ...f,
      repeats: (keyCounts.get(bare[index] ?? '') ?? 1) - 1,
      shapeRepeats: (shapeCounts.get(shapes[index] ?? '') ?? 1) - 1,
      ...(echoOf !== undefined ? { echoOf } : {}),
      ...(endsWithUnit !== undefined ? { endsWithUnit } : {}),
      ...(contents.has(index) ? { contentsEntry: true } : {}),
    };
  });
}

// The longest entry of a table of contents: a title, not a sentence.
const CONTENTS_ENTRY_WORDS = 10;

/** The units that are entries of a table of contents: the short lines that follow its heading. */
function contentsEntries(measured: readonly UnitFeatures[]): Set<number> {
  const entries = new Set<number>();
  measured.forEach((f, index) => {
    if (!isContentsHeading(f.text)) return;
    for (let next = index + 1; next < measured.length; next += 1) {
      const entry = measured[next];
      if (
        !entry ||
        entry.words === 0 ||
        entry.words > CONTENTS_ENTRY_WORDS ||
        entry.terminal ||
        entry.announces
      )
        break;
      entries.add(next);
    }
  });
  return entries;
}

/** Whether the unit reads as running prose: long enough, full of function words, ends like a sentence. */
export function isProse(f: UnitFeatures): boolean {
  if (f.unit.bullet) return f.words >= 8 && f.functionShare >= 0.25;
  // A cut line ("… selon l’ONU le…") is a teaser's standfirst, not the article's text.
  if (f.words < 10 || f.truncated) return false;
  if (f.functionShare < 0.25) return false;
  return f.terminal || f.chars >= 160;
}
