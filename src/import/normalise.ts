import { dropForbiddenCodePoints, trimEndMatching, trimStartMatching } from '../text';

/** One line of the raw text, cleaned, with its 1-based number in the original. */
export interface SourceLine {
  number: number;
  text: string;
}

// Invisible characters that scrapers leave behind: soft hyphens, zero-width
// spaces and joiners, word joiners, byte-order marks.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;
// JavaScript's \s already covers the no-break spaces (U+00A0, U+202F, U+2007…).
const SPACE_RUN = /\s+/g;

/**
 * Collapses every run of spaces (no-break and narrow no-break spaces
 * included) into one ordinary space and trims. French spacing is the
 * renderer's job (`frenchTypography`): imported text carries none of the
 * source's inconsistent spaces.
 */
function cleanInline(text: string): string {
  return text.replace(INVISIBLE, '').replace(SCREEN_READER_NOTE, ' ').replace(SPACE_RUN, ' ').trim();
}

// What a link says to screen readers only, which a scraper keeps and glues to
// the next word: "(Nouvelle fenêtre)suivant", "(s’ouvre dans un nouvel onglet)".
// Never the article's text.
const SCREEN_READER_NOTE =
  /\((?:s['’]ouvre dans une? |ouvre dans une? |ouvre une? |dans une? )?(?:nouvelle fenêtre|nouvel onglet|lien externe|opens? in (?:a )?new (?:window|tab)|new window|external link)\)/giu;

/**
 * Splits a raw text into cleaned lines: any line ending (CRLF, CR, LF, line
 * and paragraph separators), Unicode composed form (NFC, so that a decomposed
 * "é" matches), controls, non-characters and invisible characters removed. Blank lines stay,
 * as empty strings, because they separate blocks.
 */
export function splitLines(raw: string): SourceLine[] {
  // The same code points the page may not hold (`dropForbiddenCodePoints`): never text.
  const text = dropForbiddenCodePoints(raw.normalize('NFC'));
  return text.split(/\r\n|[\r\n\u2028\u2029\u0085]/).map((line, index) => ({
    number: index + 1,
    text: cleanInline(line),
  }));
}

/**
 * A comparison key: lower case, accents and ligatures folded, apostrophes
 * unified, spaces collapsed. "PUBLICITÉ" and "Publicite" share a key.
 */
export function foldKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ`´′]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(SPACE_RUN, ' ')
    .trim();
}

/**
 * The key of a line stripped of the decoration around it ("— Publicité —",
 * "[Partager]", "Lire aussi :", "• Facebook"), for matching whole-line
 * boilerplate.
 */
export function bareKey(text: string): string {
  return trimEndMatching(trimStartMatching(foldKey(text), /[^\p{L}\p{N}]/u), /[^\p{L}\p{N}+]/u);
}

/** Number of words, for the length rules of the importer. */
export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

/** Whether the text ends like a sentence (closing guillemets and brackets allowed after the mark). */
export function endsWithTerminalPunctuation(text: string): boolean {
  return /[.!?…][\s»"”’)\]]*$/.test(text);
}

/** Whether a line ends with a truncation mark, as teasers cut by a page do ("… selon l’ONU le..."). */
export function isTruncated(text: string): boolean {
  return /(?:\.\.\.|…)\s*$/.test(text);
}
