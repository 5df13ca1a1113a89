import { warnOnce } from '../dev';
import type { Article } from '../model';
import { blockToPlainText } from './plainText';

// Elided words that French counts as words of their own: "l’OTAN" is "le" +
// "OTAN". Words that merely contain an apostrophe ("aujourd’hui",
// "quelqu’un", "presqu’île", "prud’homme") are single words.
const ELISION = /^(?:l|d|j|m|n|s|t|c|ç|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/iu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
// "300 000" is one number, however its thousands are separated.
const GROUPED_NUMBER = /(?<=(?:^|[^\p{L}\p{N}])\d{1,3})[ \u00A0\u2009\u202F](?=\d{3}(?!\p{N}))/gu;
const LEADING_PUNCTUATION = /^[^\p{L}\p{N}]+/u;

function countInText(text: string): number {
  let count = 0;
  for (const token of text.replace(GROUPED_NUMBER, '').split(/\s+/u)) {
    let rest = token.replace(LEADING_PUNCTUATION, '');
    for (let elided = ELISION.exec(rest); elided; elided = ELISION.exec(rest)) {
      count += 1;
      rest = rest.slice(elided[0].length).replace(LEADING_PUNCTUATION, '');
    }
    if (WORD_CHARACTER.test(rest)) count += 1;
  }
  return count;
}

/**
 * The number of words of an article's text, as `wordCount` in its JSON-LD:
 * the standfirst and the body (paragraphs, subheadings, quotations, list
 * items); not the headline, captions, credits or the source line.
 *
 * French counting rules, as a typesetter counts:
 * - an elision is two words: "l’OTAN", "d’armes", "qu’il", "jusqu’à";
 * - a word that contains an apostrophe without eliding is one word:
 *   "aujourd’hui", "quelqu’un", "presqu’île";
 * - hyphenated compounds are one word: "OTAN-Ukraine", "a-t-il", "F-16";
 * - a number is one word, thousands separators included: "300 000", "43,3";
 * - punctuation alone ("—", "«", "?") is not a word.
 */
export function countWords(article: Article): number {
  if (!article || typeof article !== 'object') return 0;
  let count = typeof article.standfirst === 'string' ? countInText(article.standfirst) : 0;
  if (Array.isArray(article.body)) {
    for (const block of article.body) count += countInText(blockToPlainText(block));
  }
  return count;
}

/** Options of `readingTime`. */
export interface ReadingTimeOptions {
  /** Reading speed; adults read French prose at about 230 words a minute. @default 230 */
  wordsPerMinute?: number;
}

const DEFAULT_WORDS_PER_MINUTE = 230;

/**
 * Minutes needed to read an article (`countWords` at `wordsPerMinute`),
 * rounded up, at least 1.
 */
export function readingTime(article: Article, options: ReadingTimeOptions = {}): number {
  let wordsPerMinute = options.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE;
  if (typeof wordsPerMinute !== 'number' || !Number.isFinite(wordsPerMinute) || wordsPerMinute <= 0) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(`readingTime: wordsPerMinute must be a positive number; ${DEFAULT_WORDS_PER_MINUTE} is used.`);
    }
    wordsPerMinute = DEFAULT_WORDS_PER_MINUTE;
  }
  return Math.max(1, Math.ceil(countWords(article) / wordsPerMinute));
}
