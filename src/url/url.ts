// Browsers drop leading C0 controls and spaces, and tabs or newlines anywhere,
// before reading a scheme: "java\tscript:" is still javascript:. Do the same
// before deciding.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be matched.
const IGNORED_BY_URL_PARSERS = /[\u0000-\u0020]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Whether a URL may be rendered as a link, an image source or a structured-data
 * value: `http:`, `https:`, or relative (including `//host/path`, `/path`,
 * `?query` and `#fragment`). `javascript:`, `data:`, `vbscript:` and every
 * other scheme are refused.
 */
export function isSafeUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  const compact = url.replace(IGNORED_BY_URL_PARSERS, '');
  // `trim` also drops what browsers keep (no-break spaces, BOM): such a URL would be rendered as "".
  if (compact === '' || url.trim() === '') return false;
  const scheme = SCHEME.exec(compact);
  if (!scheme) return true;
  const name = scheme[1]?.toLowerCase();
  return name === 'http' || name === 'https';
}

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

/** The URL as a valid URL string (invalid characters and a second `#` percent-encoded), or undefined when it has no usable form. */
function encodeUrl(url: string): string | undefined {
  const authority = IPV6_AUTHORITY.exec(url)?.[0] ?? '';
  const rest = url.slice(authority.length).replace(NOT_IN_URLS, encodeInvalid);
  const fragment = rest.indexOf('#');
  const encoded =
    fragment < 0
      ? `${authority}${rest}`
      : `${authority}${rest.slice(0, fragment + 1)}${rest.slice(fragment + 1).replace(/#/g, '%23')}`;
  try {
    // A host no URL parser accepts ("//a b/") leads nowhere: leave the URL out rather than render a dead link.
    new URL(encoded, 'https://base.invalid/');
    return encoded;
  } catch {
    return undefined;
  }
}

/**
 * The URL, trimmed and written as a valid URL string (characters a URL may
 * not hold raw are percent-encoded), when it is safe to render and can be
 * parsed; `undefined` otherwise.
 */
export function safeUrl(url: unknown): string | undefined {
  return isSafeUrl(url) ? encodeUrl(url.trim()) : undefined;
}

/**
 * Resolves a safe URL against a base to an absolute `http(s)` URL, as
 * canonical links, `og:image` and JSON-LD require. Returns `undefined` for an
 * unsafe URL or an unusable base.
 */
export function resolveUrl(url: unknown, base: string | undefined): string | undefined {
  const safe = safeUrl(url);
  if (safe === undefined) return undefined;
  try {
    const resolved = new URL(safe, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
