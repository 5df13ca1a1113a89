import { warnOnce } from '../dev';
import { cleanText, isBlank } from './cleanText';
import { trimEndMatching, trimStartMatching } from './trimRun';

// Letters that Unicode decomposition does not reduce to ASCII.
const LIGATURES: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

const COMBINING_MARKS = /\p{M}/gu;
const NOT_ASCII_ALPHANUMERIC = /[^a-z0-9]+/g;

/** The slug used when a text has no letter or digit left. */
const FALLBACK_SLUG = 'section';

/**
 * A URL- and id-safe slug of a French text: lower case, accents folded
 * ("alliés" → "allies"), ligatures spelled out ("cœur" → "coeur"),
 * apostrophes, guillemets, punctuation and emoji turned into single hyphens
 * ("l’OTAN" → "l-otan"). A text with no Latin letter or digit gives
 * `"section"`, so the result is never empty.
 *
 * @example
 * slugify('Umerov remercie les alliés'); // 'umerov-remercie-les-allies'
 */
export function slugify(text: string): string {
  if (typeof text !== 'string') return FALLBACK_SLUG;
  const slug = text
    .toLowerCase()
    .replace(/[œæßøđðłþı]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(NOT_ASCII_ALPHANUMERIC, '-');
  const trimmed = trimEndMatching(trimStartMatching(slug, /-/), /-/);
  return trimmed === '' ? FALLBACK_SLUG : trimmed;
}

/** Gives unique slugs within one scope, such as the subheadings of one article. */
export interface Slugger {
  /** The slug of `text`, suffixed "-2", "-3"… when already taken in this scope. */
  slug(text: string): string;
  /** Marks an id as taken, so that no later slug repeats it (an explicit `id` in the data). */
  reserve(id: string): void;
  /** Forgets every slug and reserved id. */
  reset(): void;
}

/**
 * A slugger for one scope: "Contexte", "Contexte" and "Contexte" give
 * `contexte`, `contexte-2` and `contexte-3`. Reserve the explicit ids of a
 * scope before generating the others, so that a generated slug never takes
 * an id that the data sets later on.
 *
 * @example
 * const slugger = createSlugger();
 * slugger.reserve('contexte');
 * slugger.slug('Contexte'); // 'contexte-2'
 */
export function createSlugger(): Slugger {
  const taken = new Set<string>();
  return {
    slug(text) {
      const base = slugify(text);
      let candidate = base;
      for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
      taken.add(candidate);
      return candidate;
    },
    reserve(id) {
      if (typeof id === 'string' && id !== '') taken.add(id);
    },
    reset() {
      taken.clear();
    },
  };
}

// HTML: an id holds at least one character and no ASCII whitespace. Other
// spaces (no-break, line separators) are allowed but break copied links and
// fragment matching in tools that split on them: they go too.
const WHITESPACE = /\s/u;

/**
 * An id given by the data (a subheading's anchor), made usable in HTML: its
 * control characters and non-characters dropped (`cleanText`); `undefined`
 * when nothing is left, so that the caller derives one from the text; its
 * slug when it holds whitespace ("deux mots" → `deux-mots`), which no HTML id
 * may. Anything else, `"><b>` included, is a valid id and is kept as given:
 * attribute escaping keeps it inert, and a link to it percent-encodes it
 * (`fragmentOf`). Warns once in development when it changes an id.
 *
 * @example
 * explicitId('deux mots'); // 'deux-mots'
 */
export function explicitId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = cleanText(value);
  if (isBlank(id)) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(`the subheading id ${JSON.stringify(value)} is empty: an id is made from its text instead.`);
    }
    return undefined;
  }
  if (WHITESPACE.test(id)) {
    const slug = slugify(id);
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `the subheading id ${JSON.stringify(value)} holds spaces, which an id may not: "${slug}" is used.`,
      );
    }
    return slug;
  }
  if (process.env.NODE_ENV !== 'production' && id !== value) {
    warnOnce(`the subheading id ${JSON.stringify(value)} holds control characters, which are dropped.`);
  }
  return id;
}

/**
 * The URL fragment that points at an id: `#` and the id percent-encoded, so
 * that quotes, angle brackets, `%` or `#` in an id never make the URL invalid
 * (browsers decode the fragment to find the element).
 *
 * @example
 * fragmentOf('"><b>'); // '#%22%3E%3Cb%3E'
 */
export function fragmentOf(id: string): string {
  return `#${encodeURIComponent(cleanText(id))}`;
}
