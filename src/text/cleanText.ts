// Code points an HTML document may not hold (the Nu Html Checker's
// "Forbidden code point"): C0 controls other than tab and line breaks, DEL
// and the C1 controls, and the Unicode non-characters (U+FDD0–U+FDEF and the
// last two code points of every plane).
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be matched.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

// A surrogate without its other half: a broken character that no encoding can
// write; a UTF-8 encoder would turn it into U+FFFD anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Whether a text may need either step: a control character, a non-character
// of the Basic Multilingual Plane or any surrogate (non-characters of the other
// planes and lone surrogates are both written with surrogates). Most texts
// hold none, and one scan then replaces two.
const MAY_NEED_CLEANING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be matched.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/**
 * The text without the code points an HTML document may not hold: control
 * characters (tab, line feed and carriage return are kept) and Unicode
 * non-characters are dropped; a lone surrogate becomes U+FFFD, the
 * replacement character, as any UTF-8 encoder would write it. Everything else,
 * spaces included, is left as it is. Not a string gives `''`.
 *
 * Every text the components print goes through it (it is the first step of
 * `typographyFor`), and so do the ids and attributes made from data.
 *
 * @example
 * cleanText('Kiev\u0000 et\uFFFE Bruxelles'); // 'Kiev et Bruxelles'
 */
export function cleanText(text: string): string {
  if (typeof text !== 'string') return '';
  if (!MAY_NEED_CLEANING.test(text)) return text;
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * `cleanText` without the U+FFFD step: drops control characters and
 * non-characters, keeps lone surrogates, which the UTF-8 encoding of the page
 * turns into U+FFFD. For head tags, whose text must stay a substring of the
 * structured data's (the headline inside the title).
 */
export function dropForbiddenCodePoints(text: string): string {
  if (typeof text !== 'string') return '';
  return MAY_NEED_CLEANING.test(text) ? text.replace(FORBIDDEN, '') : text;
}

// What shows nothing: Unicode White_Space (no-break spaces, line and paragraph
// separators included), Default_Ignorable_Code_Point (zero-width space,
// joiners, word joiner, soft hyphen, BOM, variation selectors, bidi controls,
// Hangul fillers, tags), control characters and non-characters (U+FDD0,
// U+FFFE…), which HTML forbids and `cleanText` drops. One character class,
// matched once: linear on any text.
const BLANK = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Noncharacter_Code_Point}]*$/u;

/**
 * Whether a text shows nothing: the one "blank" policy of the library. Empty,
 * or made only of white space, invisible format characters (zero-width,
 * joiners, soft hyphens, bidi controls: every Default_Ignorable_Code_Point),
 * control characters and non-characters. A headline of U+200B or U+FDD0 is as
 * absent as an empty one, in the page, the head tags, the JSON-LD,
 * `parseArticle` and `auditArticle` alike; so is any other optional text.
 *
 * @example
 * isBlank('\u00A0\u200B\uFDD0'); // true
 * isBlank('Kiev'); // false
 */
export function isBlank(text: string): boolean {
  return typeof text !== 'string' || BLANK.test(text);
}

/**
 * An optional text as the components print it, or `undefined` when there is
 * nothing to print: `cleanText`, then trimmed of white space (no-break spaces
 * and line breaks included); blank (`isBlank`), or not a string, gives
 * `undefined`. It is how a headline, a standfirst, a caption, an author's
 * name or a section name that shows nothing counts as absent rather than as
 * an empty element.
 *
 * @example
 * nonBlankText('  Kiev\u0000 et Bruxelles\u00A0'); // 'Kiev et Bruxelles'
 * nonBlankText('\u00A0\u0007'); // undefined
 */
export function nonBlankText(value: unknown): string | undefined {
  const text = cleanText(value as string).trim();
  return isBlank(text) ? undefined : text;
}
