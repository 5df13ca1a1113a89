import { warnOnce } from '../dev';

// Inside <script>, the HTML tokenizer looks for "</script" and "<!--" whatever
// the JSON says, and JavaScript parsers before ES2019 end a string at U+2028/9.
// These characters can only occur inside JSON strings, where a \uXXXX escape
// means the same thing to a JSON parser, so escaping them changes no value.
// An HTML document may hold no control character and no Unicode
// non-character, not even inside a script (the Nu Html Checker's "Forbidden
// code point"); JSON.stringify escapes only C0 controls and lone surrogates.
// An astral non-character (U+1FFFE…) is escaped as its two surrogates, which
// JSON reads back as the same character.
const UNSAFE_IN_SCRIPT =
  /[<>&\u2028\u2029\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

const escapeUnit = (unit: number): string => `\\u${unit.toString(16).padStart(4, '0')}`;

const escapeUnsafe = (characters: string): string =>
  Array.from({ length: characters.length }, (_, index) => escapeUnit(characters.charCodeAt(index))).join('');

/**
 * Serialises a value as JSON that is safe to place verbatim inside
 * `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028 and U+2029 are
 * written as `\u003c`-style escapes, so no string can close the script or open
 * a comment, and so are DEL, the C1 controls and the Unicode non-characters,
 * which an HTML page may not hold, and nothing is HTML-entity-encoded (a JSON parser reads back the
 * original strings). A value that JSON cannot represent (undefined, a
 * function, a cycle, a BigInt) gives `{}` and a development warning.
 *
 * @example
 * serializeJsonLd({ headline: 'L’État </script>' });
 * // '{"headline":"L’État \\u003c/script\\u003e"}'
 */
export function serializeJsonLd(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (error) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `serializeJsonLd: the value cannot be written as JSON (${String(error)}); "{}" is written instead.`,
      );
    }
    return '{}';
  }
  if (json === undefined) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        'serializeJsonLd: the value has no JSON form (undefined, a function or a symbol); "{}" is written instead.',
      );
    }
    return '{}';
  }
  return json.replace(UNSAFE_IN_SCRIPT, escapeUnsafe);
}
