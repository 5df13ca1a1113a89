/**
 * Quotation marks for a stand-alone quotation: which marks a language uses,
 * and how to take off the marks that the data already carries so that they
 * are never doubled. Plain string work, no React.
 */

/** The opening and closing marks of one language, spaces included. */
export interface QuotationMarks {
  open: string;
  close: string;
}

// French sets its guillemets apart from the words with a narrow no-break
// space (U+202F), so that a line never starts with a lone closing mark.
const FRENCH: QuotationMarks = { open: '«\u202F', close: '\u202F»' };
const ENGLISH: QuotationMarks = { open: '“', close: '”' };
const GERMAN: QuotationMarks = { open: '„', close: '“' };
const ANGLE: QuotationMarks = { open: '«', close: '»' };
const LOW_HIGH_RIGHT: QuotationMarks = { open: '„', close: '”' };
const RIGHT_RIGHT: QuotationMarks = { open: '”', close: '”' };
const CJK: QuotationMarks = { open: '「', close: '」' };

// Primary marks by language (CLDR "quotationStart"/"quotationEnd"). A region
// entry wins over its language: Swiss German uses guillemets without spaces.
const MARKS_BY_LANGUAGE: Record<string, QuotationMarks> = {
  fr: FRENCH,
  'fr-ch': ANGLE,
  en: ENGLISH,
  de: GERMAN,
  'de-ch': ANGLE,
  es: ANGLE,
  it: ANGLE,
  pt: ANGLE,
  'pt-br': ENGLISH,
  ca: ANGLE,
  ru: ANGLE,
  uk: ANGLE,
  be: ANGLE,
  el: ANGLE,
  ar: { open: '”', close: '“' },
  fa: ANGLE,
  tr: ENGLISH,
  nl: ENGLISH,
  pl: LOW_HIGH_RIGHT,
  ro: LOW_HIGH_RIGHT,
  hu: LOW_HIGH_RIGHT,
  hr: LOW_HIGH_RIGHT,
  cs: GERMAN,
  sk: GERMAN,
  sl: GERMAN,
  lt: GERMAN,
  bg: GERMAN,
  et: GERMAN,
  da: ENGLISH,
  no: ANGLE,
  nb: ANGLE,
  nn: ANGLE,
  sv: RIGHT_RIGHT,
  fi: RIGHT_RIGHT,
  he: { open: '”', close: '”' },
  ja: CJK,
  zh: ENGLISH,
  'zh-hant': CJK,
  'zh-tw': CJK,
  'zh-hk': CJK,
  ko: ENGLISH,
};

/**
 * The marks for a BCP 47 language tag: French guillemets with narrow
 * no-break spaces when there is no tag (French is the library's default), the
 * language's own marks otherwise, English curly quotes for a language the
 * table does not know.
 */
export function quotationMarksFor(lang: string | undefined): QuotationMarks {
  if (lang === undefined || lang.trim() === '') return FRENCH;
  const subtags = lang.trim().toLowerCase().replace(/_/g, '-').split('-');
  const language = subtags[0] ?? '';
  // Try "zh-hant", then "fr-ch" (a script or a region), then the bare language.
  for (const subtag of subtags.slice(1)) {
    const marks = MARKS_BY_LANGUAGE[`${language}-${subtag}`];
    if (marks) return marks;
  }
  return MARKS_BY_LANGUAGE[language] ?? ENGLISH;
}

// Pairs that may wrap a whole quotation in the data: French and Swiss
// guillemets, the German and Scandinavian reversed ones, English, German and
// Polish curly quotes, straight double quotes, and single guillemets.
const PAIRS: ReadonlyArray<readonly [open: string, close: string]> = [
  ['«', '»'],
  ['»', '«'],
  ['“', '”'],
  ['„', '“'],
  ['„', '”'],
  ['”', '”'],
  ['"', '"'],
  ['‹', '›'],
  ['›', '‹'],
  ['「', '」'],
];

// Ordinary, no-break, narrow no-break and thin spaces, which may sit between
// a mark and the words. `trim()` covers them all (they are Unicode spaces).
const trim = (text: string) => text.trim();

/**
 * Whether the marks of one pair are balanced in the text: every closing mark
 * closes an earlier opening one. Identical marks (straight quotes) open after
 * a space or at the start, and close after a word.
 */
function isBalanced(text: string, open: string, close: string): boolean {
  let depth = 0;
  let previous = '';
  for (const char of text) {
    const opens =
      open === close ? char === open && (previous === '' || /[\s([{]/u.test(previous)) : char === open;
    if (opens) depth += 1;
    else if (char === close) {
      depth -= 1;
      if (depth < 0) return false;
    }
    previous = char;
  }
  return depth === 0;
}

/** A pair of marks that may wrap a whole quotation. */
export type QuotationPair = readonly [open: string, close: string];

/**
 * The pair of marks that wraps the whole text (spaces around it aside), the
 * marks inside balanced: `« Il a dit “non” »` and `« « A » et « B » »` are
 * wrapped, `« A » et « B »` is two quotations and is not.
 */
export function wrappingPair(text: string): QuotationPair | undefined {
  const current = trim(text);
  for (const pair of PAIRS) {
    const [open, close] = pair;
    if (current.length >= 2 && current.startsWith(open) && current.endsWith(close)) {
      if (isBalanced(current.slice(open.length, current.length - close.length), open, close)) return pair;
    }
  }
  return undefined;
}

/**
 * An opening mark at the start of the text that nothing in the text closes
 * (`« Il a dit…` with no `»` after it, or `« … ”`): what an editor who cut a
 * quotation leaves.
 */
export function loneOpeningMark(text: string): string | undefined {
  const current = trim(text);
  return PAIRS.find(
    ([open, close]) => current.startsWith(open) && isBalanced(current.slice(open.length), open, close),
  )?.[0];
}

/** A closing mark at the end of the text that nothing in the text opens. */
export function loneClosingMark(text: string): string | undefined {
  const current = trim(text);
  return PAIRS.find(
    ([open, close]) =>
      current.endsWith(close) && isBalanced(current.slice(0, current.length - close.length), open, close),
  )?.[1];
}

/**
 * The quotation without the marks that wrap it in the data, and without the
 * spaces next to them. Handles a pair around the whole text (`« … »` with
 * narrow, ordinary or no spaces, `"…"`, `“…”`, `„…“`), and a lone opening or
 * closing mark left over by an editor who cut the quotation. Marks inside the
 * text are kept: `Il a dit « non »` keeps its inner pair.
 */
export function stripQuotationMarks(text: string): string {
  let current = trim(text);
  // Only one level is taken off: `« « A » et « B » »` is a quotation of two
  // quotations and keeps its inner marks.
  const pair = wrappingPair(current);
  if (pair) return trim(current.slice(pair[0].length, current.length - pair[1].length));
  const open = loneOpeningMark(current);
  if (open !== undefined) current = trim(current.slice(open.length));
  const close = loneClosingMark(current);
  if (close !== undefined) current = trim(current.slice(0, current.length - close.length));
  return current;
}
