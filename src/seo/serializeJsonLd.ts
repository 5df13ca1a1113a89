import { warnOnce } from '../dev';

// Inside <script>, the HTML tokenizer looks for "</script" and "<!--" whatever
// the JSON says, and JavaScript parsers before ES2019 end a string at U+2028/9.
// These characters can only occur inside JSON strings, where a \uXXXX escape
// means the same thing to a JSON parser, so escaping them changes no value.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

const escapeUnsafe = (character: string): string =>
  `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Serialises a value as JSON that is safe to place verbatim inside
 * `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028 and U+2029 are
 * written as `\u003c`-style escapes, so no string can close the script or open
 * a comment, and nothing is HTML-entity-encoded (a JSON parser reads back the
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
    warnOnce(
      `serializeJsonLd: the value cannot be written as JSON (${String(error)}); "{}" is written instead.`,
    );
    return '{}';
  }
  if (json === undefined) {
    warnOnce(
      'serializeJsonLd: the value has no JSON form (undefined, a function or a symbol); "{}" is written instead.',
    );
    return '{}';
  }
  return json.replace(UNSAFE_IN_SCRIPT, escapeUnsafe);
}
