/**
 * URL strings built to slip a dangerous scheme past a URL check: every
 * Unicode White_Space and Default_Ignorable_Code_Point character before,
 * inside and after a scheme, and schemes spelt with percent escapes or HTML
 * character references. Shared by the URL policy's tests and the rendering
 * tests, whose oracle is the WHATWG URL parser itself (`protocolOf`).
 */

const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]$/u;

function codePointsMatching(pattern: RegExp): string[] {
  const found: string[] = [];
  for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
    const character = String.fromCodePoint(codePoint);
    if (pattern.test(character)) found.push(character);
  }
  return found;
}

/** Every code point that is White_Space or Default_Ignorable_Code_Point (4,199 in Unicode 15.1). */
export const INVISIBLE_CHARACTERS: readonly string[] = codePointsMatching(INVISIBLE);

/**
 * The set the whole-document tests render (the URL policy's own tests take
 * every one): each White_Space character and each assigned default-ignorable
 * code point below U+E0000, and the first and last of each run of the
 * plane-14 tag characters, variation selectors and unassigned code points,
 * which the policy treats as one class.
 */
export const RENDERED_INVISIBLE_CHARACTERS: readonly string[] = INVISIBLE_CHARACTERS.filter(
  (character, index, all) => {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint < 0xe0000 && !/\p{Cn}/u.test(character)) return true;
    const sameRun = (other: string | undefined, step: number) =>
      other !== undefined &&
      other.codePointAt(0) === codePoint + step &&
      /\p{Cn}/u.test(other) === /\p{Cn}/u.test(character);
    return !(sameRun(all[index - 1], -1) && sameRun(all[index + 1], 1));
  },
);

/** A payload in each scheme a browser must never follow from an article: script, data, files, protocol handlers. */
export const DANGEROUS_URLS: readonly string[] = [
  'javascript:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ms-msdt:/id PCWDiagnostic /skip force',
];

const SCRIPT = 'javascript:alert(document.domain)';

/** One invisible character before, inside, before the colon of, after the colon of and after a scheme; and before each other scheme. */
export function urlsHiding(character: string): string[] {
  return [
    `${character}${SCRIPT}`,
    ` ${character}${SCRIPT}`,
    `java${character}script:alert(document.domain)`,
    `javascript${character}:alert(document.domain)`,
    `javascript:${character}alert(document.domain)`,
    `${SCRIPT}${character}`,
    ...DANGEROUS_URLS.slice(1).map((url) => `${character}${url}`),
  ];
}

/** Schemes spelt with escapes, cases, ASCII controls and whitespace a browser removes. */
export const ENCODED_SCHEME_URLS: readonly string[] = [
  ...DANGEROUS_URLS,
  'JaVaScRiPt:alert(1)',
  '\tjava\nscr\ript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u001F \u0001javascript:alert(1)',
  'javascript:alert(1)\u0000',
  '%6Aavascript:alert(1)',
  'javascript%3Aalert(1)',
  '%20javascript:alert(1)',
  'java%09script:alert(1)',
  'java%0Ascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  'javascript&#0000058alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&Tab;javascript:alert(1)',
  '&NewLine;javascript:alert(1)',
  '\\u006Aavascript:alert(1)',
  'javascript://%0Aalert(1)',
  'javascript://https://www.lequotidien.example/%0Aalert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript&colon;msgbox(1)',
  'file://localhost/etc/passwd',
  'FILE:C:/Windows/win.ini',
  'ms-msdt&#58;/id PCWDiagnostic',
  'search-ms:query=x',
  'blob:https://www.lequotidien.example/1',
  'about:blank',
  'view-source:https://www.lequotidien.example/',
  'intent://x#Intent;scheme=javascript;end',
];

/** Every hostile URL string: the encoded spellings, then `urlsHiding` for each of `characters`. */
export function hostileUrls(characters: readonly string[]): string[] {
  return [...ENCODED_SCHEME_URLS, ...characters.flatMap(urlsHiding)];
}

/**
 * The protocol a browser gives a URL attribute's value (already decoded from
 * HTML by the parser), read on a page at `page`: the WHATWG URL parser's own
 * answer, or "invalid" where it fails.
 */
export function protocolOf(value: string, page: string): string {
  try {
    return new URL(value, page).protocol;
  } catch {
    return 'invalid';
  }
}
