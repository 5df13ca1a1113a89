import { trimEndMatching } from '../text';
/** A sentence of a text, by its position, so that the text can be rebuilt around it. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mlles',
  'dr',
  'pr',
  'me',
  'mgr',
  'st',
  'ste',
  'av',
  'apr',
  'bd',
  'art',
  'cf',
  'p',
  'pp',
  'no',
  'n°',
  'vol',
  'éd',
  'ed',
  'chap',
  'env',
  'vs',
  'jr',
  'sr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'gén',
  'gen',
  'col',
  'lt',
  'cap',
]);

// A sentence ends with . ! ? or …, possibly closed by a guillemet or a
// bracket, before a space and a capital, a digit or an opening mark. A match
// starts only where a run of marks starts, so that a long run ("!!!…a") is
// read once, not once from each of its positions.
const BOUNDARY = /(?<![.!?…])[.!?…]+[»"”’)\]]*\s+(?=[\p{Lu}\p{N}«"“(¿¡—–-])/gu;
const WORD_CHARACTER = /[\p{L}°]/u;

/** Splits a paragraph into sentences, keeping abbreviations ("M. Macron") and initials ("Joe R. Biden") whole. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const index = match.index ?? 0;
    const before = text.slice(start, index);
    const lastWord = before.slice(trimEndMatching(before, WORD_CHARACTER).length);
    const isAbbreviation =
      match[0].startsWith('.') &&
      !match[0].startsWith('..') &&
      (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^\p{Lu}$/u.test(lastWord));
    if (isAbbreviation) continue;
    const end = index + match[0].trimEnd().length;
    spans.push({ start, end, text: text.slice(start, end) });
    start = index + match[0].length;
  }
  if (start < text.length) {
    const rest = text.slice(start).trimEnd();
    if (rest !== '') spans.push({ start, end: start + rest.length, text: rest });
  }
  return spans;
}
