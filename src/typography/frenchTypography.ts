/** U+00A0 NO-BREAK SPACE: the "espace insécable" before `:` and `%`. */
export const NBSP = '\u00A0';

/** U+202F NARROW NO-BREAK SPACE: the "espace fine insécable" inside « » and before `; ! ?`. */
export const NARROW_NBSP = '\u202F';

// Horizontal spaces a writer may have typed (or a previous pass may have set)
// where French wants exactly one no-break space. Line breaks are kept: they
// carry structure the writer chose.
const SPACES = '[ \\t\\u00A0\\u2009\\u202F]';

// Parts of a text that must come out byte for byte: code between backticks,
// URLs (trailing sentence punctuation stays outside) and e-mail addresses.
const PROTECTED = new RegExp(
  [
    '`[^`\\n]*`',
    '\\b(?:https?|ftp):\\/\\/[^\\s<>"«»`]*[^\\s<>"«»`.,;:!?)\\]’\']',
    '\\bwww\\.[^\\s<>"«»`]*[^\\s<>"«»`.,;:!?)\\]’\']',
    // The lookbehind starts an address only where its local part starts: without
    // it, a long run of letters is rescanned from every position (quadratic).
    "(?<![\\p{L}\\p{N}!#$%&'*+/=?^_{|}~.-])[\\p{L}\\p{N}!#$%&'*+/=?^_{|}~.-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+",
  ].join('|'),
  'gu',
);

// A straight double quote opens after the start, a space or an opening
// bracket, and closes before the end, a space or punctuation. Only such pairs
// become guillemets; a lone or ambiguous `"` (inches, a typo) is left as typed.
// The quoted passage holds no guillemet, so that a pair left around converted
// quotes ("a "b" c") is not converted by a second pass.
const STRAIGHT_QUOTES = new RegExp(
  `(^|[\\s([{«—–])"${SPACES}*([^"«»\\s](?:[^"«»]*[^"«»\\s])?)${SPACES}*"(?=$|[\\s.,;:!?)\\]}»…—–])`,
  'gu',
);

const OPENING_GUILLEMET = new RegExp(`«${SPACES}*(?=[^\\s])`, 'gu');
const CLOSING_GUILLEMET = new RegExp(`(?<=[^\\s])${SPACES}*»`, 'gu');

// `; ! ?` take a narrow no-break space when they end a clause: followed by a
// space, the end, closing punctuation or other high punctuation ("?!"). Not after an
// HTML entity ("&amp;") nor inside a run of `!`/`?`. Read with a loop rather
// than one pattern: each mark walks back over the spaces before it, and those
// runs never overlap, so the time is linear in the text (a pattern starting
// with a run of spaces is retried from every space of a long run).
const HIGH_MARK = /[;!?]/g;
const SPACE_CHARACTER = /^[ \t\u00A0\u2009\u202F]$/;
const AFTER_HIGH = /^[\s?!;:»)\]"”’…]$/u;
const BEFORE_HIGH_REFUSED = /^[\s?!;:]$/u;
// Entity names are at most 31 characters: the bound keeps the check from rescanning a long word.
const ENTITY_BEFORE = /&#?[a-zA-Z0-9]{1,32}$/;

function spaceHighPunctuation(text: string): string {
  let result = '';
  let copied = 0;
  for (const match of text.matchAll(HIGH_MARK)) {
    const at = match.index;
    const next = text[at + 1];
    if (next !== undefined && !AFTER_HIGH.test(next)) continue;
    let start = at;
    while (start > copied && SPACE_CHARACTER.test(text[start - 1] ?? '')) start -= 1;
    const before = text[start - 1];
    if (before === undefined || BEFORE_HIGH_REFUSED.test(before)) continue;
    if (ENTITY_BEFORE.test(text.slice(Math.max(0, start - 34), start))) continue;
    result += `${text.slice(copied, start)}${NARROW_NBSP}${match[0]}`;
    copied = at + 1;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

// `:` takes a no-break space only when followed by a space or the end, which
// keeps "10:30", "std::map" and "http://" (protected anyway) as written.
const COLON = new RegExp(`(?<=[^\\s:])${SPACES}*:(?=$|[\\s»])`, 'gu');

const PERCENT = new RegExp(`(?<=\\p{N})${SPACES}*%`, 'gu');

// An apostrophe between two letters is an elision or part of a word (l'OTAN,
// aujourd'hui); a straight quote elsewhere may be a quotation mark or a prime.
const APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;

const ELLIPSIS = /\.\.\./g;

// Grouping applies to quantities of five digits or more, written solid
// ("300000") or already grouped ("300 000"); the digits must stand alone:
// not in a code ("A320", "F-16"), a version ("1.2.3"), a decimal part, a date
// ("12/06/2024"), a phone number (no group starts with 0) or a postal code.
// Nor may it follow a short number and a space: "300 300000" is ambiguous,
// and grouping its tail would make a second pass read one long number.
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,/:+#_@-])(?<!(?:^|[^\\p{N}])\\d{1,3}${SPACES})([1-9]\\d{0,2}(?:${SPACES}\\d{3})+|[1-9]\\d{4,})(?![\\p{L}\\p{N}]|[./:-]\\p{N}|${SPACES}\\d)`,
  'gu',
);

// "75008 Paris", "13001 Marseille Cedex": five solid digits before a
// capitalised word read as a French postal code, which is never grouped.
const POSTAL_CODE_CONTEXT = new RegExp(`^${SPACES}+\\p{Lu}`, 'u');

function groupThousands(digits: string, offset: number, text: string): string {
  if (/^\d{5}$/.test(digits) && POSTAL_CODE_CONTEXT.test(text.slice(offset + 5, offset + 8))) return digits;
  const plain = digits.replace(/\D/g, '');
  if (plain.length < 5) {
    // Four-digit quantities stay solid (1991, 2040, 3500); a writer's own
    // grouping ("3 500") is kept but made unbreakable.
    return digits.replace(new RegExp(SPACES, 'gu'), NARROW_NBSP);
  }
  const groups: string[] = [];
  for (let end = plain.length; end > 0; end -= 3) {
    groups.unshift(plain.slice(Math.max(0, end - 3), end));
  }
  return groups.join(NARROW_NBSP);
}

// Words that may follow a number without being what it counts: a year or a
// quantity ending a clause ("en 2022 la Russie", "300 000 et plus"). A number
// before any other lowercase word, or a unit sign, is kept with it.
const NOT_COUNTED =
  'à|a|au|aux|avec|avant|après|chez|contre|dans|de|des|du|en|entre|est|et|il|ils|elle|elles|la|le|les|lors|ne|on|ou|où|par|pour|que|qui|sans|se|selon|sont|sur|un|une|vers';

// "40 milliards", "300 000 hommes", "43,3 milliards", "9 juillet", "15 €", "3 km":
// a number (grouped by narrow no-break spaces once NUMBER has run, with its
// decimal part) and the noun or unit after it stay on one line. Not a number
// inside a code ("F-16 qui", "A320 et"), nor one followed by a digit.
const NUMBER_AND_NOUN = new RegExp(
  `(?<![\\p{L}\\p{N}_./:-])(\\p{N}{1,3}(?:\\u202F\\p{N}{3})+|\\p{N}+)((?:,\\p{N}+)?)${SPACES}+(?=(?:(?!(?:${NOT_COUNTED})(?![\\p{L}’'-]))\\p{Ll})|[€$£¥°])`,
  'gu',
);

// A one-letter word ("à", "a", "y", "ô", "À") and the word after it: a title
// line never ends on it ("son soutien à / Kiev").
const ONE_LETTER_WORD = new RegExp(`(?<![\\p{L}\\p{N}’'\\-.])(\\p{L})${SPACES}+(?=[\\p{L}\\p{N}«(])`, 'gu');

/**
 * The rules in order, each with a pattern for what a text must hold for the
 * rule to match at all. A rule runs only when the text holds it: most texts
 * (a name, a short run between two links) hold none, and a rule whose pattern
 * cannot match still costs a full scan of the text. Exported for the test
 * that the skip never changes a result.
 */
export const typographyRules: readonly [needed: RegExp, apply: (text: string) => string][] = [
  [/\.\.\./, (text) => text.replace(ELLIPSIS, '…')],
  [/'/, (text) => text.replace(APOSTROPHE, '’')],
  [
    /"/,
    (text) =>
      text.replace(STRAIGHT_QUOTES, (_match, before: string, quoted: string) => `${before}«${quoted}»`),
  ],
  [/«/, (text) => text.replace(OPENING_GUILLEMET, `«${NARROW_NBSP}`)],
  [/»/, (text) => text.replace(CLOSING_GUILLEMET, `${NARROW_NBSP}»`)],
  [/[;!?]/, spaceHighPunctuation],
  [/:/, (text) => text.replace(COLON, `${NBSP}:`)],
  [/%/, (text) => text.replace(PERCENT, `${NBSP}%`)],
  [
    /\d\d\d/,
    (text) =>
      text.replace(NUMBER, (digits: string, _group: string, offset: number, whole: string) =>
        groupThousands(digits, offset, whole),
      ),
  ],
  [/\p{N}[ \t\u00A0\u2009\u202F]/u, (text) => text.replace(NUMBER_AND_NOUN, `$1$2${NBSP}`)],
];

function applyRules(text: string): string {
  let result = text;
  for (const [needed, apply] of typographyRules) if (needed.test(result)) result = apply(result);
  return result;
}

// What every protected part starts with or holds: a backtick, "://", "www." or "@".
const MAY_HOLD_PROTECTED = /[`@]|:\/\/|www\./i;

/** A private-use character absent from the text, to stand in for protected parts. */
function findPlaceholder(text: string): string | undefined {
  for (let code = 0xe000; code <= 0xf8ff; code += 1) {
    const candidate = String.fromCharCode(code);
    if (!text.includes(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Applies French typographic conventions (Lexique des règles typographiques
 * en usage à l’Imprimerie nationale) to plain text:
 *
 * - `«` and `»` get a narrow no-break space (U+202F) inside; straight double
 *   quotes around a passage (`"…"`) become `« … »`;
 * - `;`, `!` and `?` get a narrow no-break space before them;
 * - `:` and `%` get a no-break space (U+00A0) before them; a colon with no
 *   space after it ("10:30") is left alone;
 * - an apostrophe between letters becomes `’` ("l'OTAN" → "l’OTAN");
 * - `...` becomes `…`;
 * - a number and the noun it counts or its unit stay together with a no-break
 *   space ("40 milliards", "300 000 hommes", "9 juillet", "15 €");
 * - numbers of five digits or more are grouped by thousands with narrow
 *   no-break spaces ("300000" and "300 000" → "300 000"); four-digit numbers
 *   (years such as 1991 or 2040) stay solid, decimals keep their comma
 *   ("43,3") and codes, dates, times, phone numbers and postal codes
 *   ("75008 Paris": five solid digits before a capitalised word) are not
 *   touched.
 *
 * Only spaces and punctuation change, never letters or digits. URLs, e-mail
 * addresses and `code` between backticks are left exactly as written. The
 * function is idempotent: applying it twice gives the same text as once.
 *
 * @example
 * frenchTypography('Source: AA'); // 'Source\u00A0: AA'
 * frenchTypography("l'OTAN a perdu 300000 hommes"); // 'l’OTAN a perdu 300\u202F000 hommes'
 */
export function frenchTypography(text: string): string {
  if (typeof text !== 'string' || text === '') return typeof text === 'string' ? text : '';
  if (!MAY_HOLD_PROTECTED.test(text)) return applyRules(text);
  const placeholder = findPlaceholder(text);
  if (placeholder === undefined) return applyRules(text);

  const kept: string[] = [];
  const masked = text.replace(PROTECTED, (part) => {
    kept.push(part);
    return placeholder;
  });
  let index = 0;
  return applyRules(masked).replace(new RegExp(placeholder, 'g'), () => kept[index++] ?? '');
}

/**
 * French typography for a title (a headline, a standfirst, a teaser's title),
 * where a line should not end on a one-letter word: `frenchTypography`, then a
 * no-break space after « à », « a », « y »… ("son soutien à\u00A0Kiev").
 * Idempotent, as `frenchTypography`. A title that may hold a URL or an
 * address gets `frenchTypography` alone, which leaves those as written.
 *
 * @example
 * frenchTitleTypography('L’OTAN réitère son soutien à Kiev'); // 'L’OTAN réitère son soutien à\u00A0Kiev'
 */
export function frenchTitleTypography(text: string): string {
  const typeset = frenchTypography(text);
  if (MAY_HOLD_PROTECTED.test(typeset)) return typeset;
  return typeset.replace(ONE_LETTER_WORD, `$1${NBSP}`);
}
