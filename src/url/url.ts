// One URL policy for everything the library writes: the page's href, src and
// cite attributes, the head tags, the JSON-LD, renderArticleDocument's style
// sheet, parseArticle and auditArticle all go through `safeUrl` (or
// `resolveUrl`, built on it). A URL is read as a browser reads it, with the
// WHATWG URL parser, and what is rendered is exactly the string that was
// checked: nothing is trimmed or rewritten after the check.

/** A C0 control or a space: what the URL parser strips from both ends. */
const isC0OrSpace = (code: number): boolean => code <= 0x20;

/**
 * The URL as the WHATWG URL parser reads it before anything else: leading and
 * trailing C0 controls and spaces stripped, ASCII tabs and newlines removed
 * anywhere. A browser gives the result the same meaning as the original, and
 * nothing more is removed: a no-break space, a BOM or an ideographic space is
 * kept, as the parser keeps it.
 */
export function urlAsParsed(url: string): string {
  let start = 0;
  let end = url.length;
  while (start < end && isC0OrSpace(url.charCodeAt(start))) start++;
  while (end > start && isC0OrSpace(url.charCodeAt(end - 1))) end--;
  const inner = url.slice(start, end);
  return /[\t\n\r]/.test(inner) ? inner.replace(/[\t\n\r]/g, '') : inner;
}

// A character that shows nothing: white space other than ASCII space, and the
// default-ignorable code points (zero-width spaces and joiners, BOM, bidi
// controls, variation selectors…).
const SHOWS_NOTHING_FIRST = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]/u;

// What a valid URL string never holds raw (the URL standard's validation errors, which the Nu Html Checker
// reports): controls, space, quotes, angle brackets, backslash, the "unwise" punctuation, square brackets
// outside an IPv6 host, U+FFFD, non-characters, lone surrogates, and a % that starts no escape. Browsers
// percent-encode them anyway when they follow the link, so encoding them here changes where it leads by nothing.
const NOT_IN_URLS = new RegExp(
  [
    '[\\u0000-\\u0020\\u007F"<>\\\\^`{|}[\\]\\uFFFD\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]',
    '%(?![0-9a-fA-F]{2})',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
  'g',
);
const IPV6_AUTHORITY = /^(?:[a-z][a-z0-9+.-]*:)?\/\/\[[0-9a-f:.]+\](?::\d*)?/i;
const LONE_SURROGATE = /^[\uD800-\uDFFF]$/;

function encodeInvalid(character: string): string {
  // A lone surrogate has no UTF-8 form: it stands for U+FFFD, as a UTF-8 encoder writes it.
  return LONE_SURROGATE.test(character) ? '%EF%BF%BD' : encodeURIComponent(character);
}

/** The URL with what a valid URL string may not hold raw percent-encoded, and a second `#` too. */
function encodeUrl(url: string): string {
  const authority = IPV6_AUTHORITY.exec(url)?.[0] ?? '';
  const rest = url.slice(authority.length).replace(NOT_IN_URLS, encodeInvalid);
  const fragment = rest.indexOf('#');
  return fragment < 0
    ? `${authority}${rest}`
    : `${authority}${rest.slice(0, fragment + 1)}${rest.slice(fragment + 1).replace(/#/g, '%23')}`;
}

// The base the check parses relative URLs against. A URL without a scheme
// takes its base's, so against any http(s) base (the site's, the article's, the
// page's) a string comes out http(s) or not in the same way: the check does not
// depend on which one a page has.
const CHECK_BASE = 'https://base.invalid/';

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/** Parses with the WHATWG URL parser, or gives `undefined` where it fails. */
function parse(url: string, base: string | undefined): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/**
 * The URL as it may be rendered, or `undefined` when it may not. Read as a
 * browser reads it (`urlAsParsed`) and written as a valid URL string
 * (characters a URL may not hold raw are percent-encoded, as a browser does
 * when it follows the link), the string must parse with the WHATWG URL
 * parser, against an http(s) base when it is relative, to an `http:` or
 * `https:` URL. The string returned is the one that was parsed.
 *
 * Also refused: a URL whose first character shows nothing (a no-break space,
 * a zero-width space, a BOM…). A browser reads it as a relative path, and the
 * scheme that a reader sees after it (`\u00A0javascript:…`) is not the one it
 * has: the link can only be a mistake.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const read = urlAsParsed(url);
  if (read === '' || SHOWS_NOTHING_FIRST.test(read)) return undefined;
  const text = encodeUrl(read);
  const parsed = parse(text, CHECK_BASE);
  return parsed !== undefined && isHttp(parsed) ? text : undefined;
}

/**
 * Whether a URL may be rendered as a link, an image source or a structured-data
 * value (`safeUrl` gives it a rendering): `http:`, `https:`, or relative
 * (including `//host/path`, `/path`, `?query` and `#fragment`).
 * `javascript:`, `data:`, `vbscript:`, `file:` and every other scheme are
 * refused, however they are spelt.
 */
export function isSafeUrl(url: unknown): url is string {
  return safeUrl(url) !== undefined;
}

/**
 * Resolves a safe URL against a base to an absolute `http(s)` URL, as
 * canonical links, `og:image` and JSON-LD require: the parsed URL's `href`.
 * Returns `undefined` for an unsafe URL or an unusable base.
 */
export function resolveUrl(url: unknown, base: string | undefined): string | undefined {
  const text = safeUrl(url);
  if (text === undefined) return undefined;
  const resolved = parse(text, base);
  return resolved !== undefined && isHttp(resolved) ? resolved.href : undefined;
}
