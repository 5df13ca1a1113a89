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

/** The URL, trimmed, when it is safe to render; `undefined` otherwise. */
export function safeUrl(url: unknown): string | undefined {
  return isSafeUrl(url) ? url.trim() : undefined;
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
