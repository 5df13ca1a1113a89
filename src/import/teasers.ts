import { bareKey, endsWithTerminalPunctuation, isTruncated, wordCount } from './normalise';

/**
 * A heading that announces teasers of other articles.
 * - `inline` ("Lire aussi", "Voir aussi") may sit in the middle of the body
 *   and may carry the teaser's headline on the same line;
 * - `closing` ("Les plus lus", "De la même section") ends the article: all
 *   that follows belongs to the page, not to the text.
 */
export interface TeaserHeading {
  kind: 'inline' | 'closing';
  /** The teaser headline given on the same line ("Lire aussi : Titre"). */
  headline?: string;
  /** A section name given on the same line ("De la même section International"). */
  sectionName?: string;
}

// Folded keys of headings that may announce one teaser inside the body.
const INLINE_HEADINGS = [
  'a lire aussi',
  'a lire egalement',
  'a lire',
  'lire aussi',
  'lire egalement',
  'lisez aussi',
  'lisez egalement',
  'a relire',
  'relire',
  'a voir aussi',
  'a voir egalement',
  'voir aussi',
  'voir egalement',
  'a decouvrir aussi',
  'a decouvrir egalement',
  'a decouvrir',
  'decouvrir aussi',
  'sur le meme sujet',
  'sur le meme theme',
  'pour aller plus loin',
  'en lien avec cet article',
  'read also',
  'read more',
  'see also',
];

// Folded keys of headings after which only the page's furniture follows.
const CLOSING_HEADINGS = [
  'dernier',
  'derniers',
  'derniere',
  'dernieres',
  'derniers articles',
  'dernieres actualites',
  'dernieres infos',
  'dernieres nouvelles',
  'les dernieres actualites',
  'les dernieres infos',
  'les plus lus',
  'les plus lues',
  'les plus partages',
  'les plus commentes',
  'les plus populaires',
  'le plus lu',
  'les articles les plus lus',
  'articles les plus lus',
  'les plus consultes',
  'populaires',
  'populaire',
  'tendances',
  'vous aimerez aussi',
  'vous aimerez peut-etre aussi',
  'vous pourriez aimer',
  'vous pourriez aussi aimer',
  'vous pourriez egalement aimer',
  'ces articles peuvent vous interesser',
  'ces articles pourraient vous interesser',
  'cet article pourrait vous interesser',
  'recommande pour vous',
  'recommandes pour vous',
  'nos recommandations',
  'articles similaires',
  'articles lies',
  'articles recommandes',
  'articles connexes',
  'related posts',
  'related articles',
  'related stories',
  'you may also like',
  'you might also like',
  'more stories',
  "plus d'articles",
  "toute l'actualite",
  "l'info en continu",
  'en continu',
  'a ne pas manquer',
  'nos dernieres publications',
  'tous les articles',
  "dans l'actualite",
  'articles en relation',
  'en relation',
  'articles correspondants',
  'pour approfondir',
  'a suivre',
  'dans la rubrique',
  'dans la meme rubrique',
  "l'auteur vous recommande",
  'la redaction vous recommande',
  'la redaction vous conseille',
  'nous vous recommandons',
  'ses derniers articles',
  'ses articles',
  'du meme auteur',
  'de la meme autrice',
  "charger plus d'articles",
];

// "Plus en Montréal", "Plus dans À la une", "Plus par Chokri Gharbi", "Autres articles de …":
// the heading of a list of other articles, with its section or author.
const MORE_HEADING =
  /^(?:plus (?:en|dans|de|par|sur)|autres articles (?:de|du|dans|sur)|d'autres articles (?:de|du|sur)|tous les articles (?:de|du)|voir (?:tous )?les articles (?:de|du)) [\p{L}\p{N}' -]{1,40}$/u;

// Headings followed by the name of the section ("De la même section International").
const SECTION_HEADING =
  /^(?:de la meme (?:section|rubrique)|dans la meme (?:section|rubrique)|du meme theme)(?: (.*))?$/;

// The headings, longest first: "a lire aussi" is tried before "a lire".
const INLINE_BY_LENGTH = [...INLINE_HEADINGS].sort((a, b) => b.length - a.length);

/**
 * The text folded letter by letter (lower case, no accents, one apostrophe
 * and one dash), so that an index in it is an index in the text.
 */
function foldLetters(text: string): string {
  let folded = '';
  for (const character of text) {
    const bare = character.normalize('NFD').charAt(0).toLowerCase();
    const letter = bare.length === character.length ? bare : character;
    // One character for one: the indexes of the folded text are those of the text.
    folded += /['’]/u.test(letter) ? "'" : /[‐‑–]/u.test(letter) ? '-' : letter;
  }
  return folded;
}

// How far into a line a heading may reach: longer than the longest one.
const HEADING_REACH = 2 * Math.max(...INLINE_HEADINGS.map((heading) => heading.length));

// What may stand before the heading: a bullet, an arrow, a bar.
const BEFORE_HEADING = /^[\s»>•|\-–—▶►]*/u;
// What separates the heading from the headline: a mark, a space before a capital, or nothing before a word glued to it.
const AFTER_HEADING = /^(?:\s*[:|>»\-–—.]+\s*|\s+(?=[\p{Lu}\p{N}«"“])|(?=\p{Lu}\p{Ll}))/u;

/**
 * The headline that follows an inline teaser heading on the same line ("À
 * lire aussi : Titre", "À LIRE AUSSIUne nécropole…"), as a tail of the
 * trimmed text; undefined when the line opens with no such heading.
 */
function inlineHeadline(line: string): string | undefined {
  const start = BEFORE_HEADING.exec(line)?.[0].length ?? 0;
  // Only the opening can hold a heading, a few words long.
  const folded = foldLetters(line.slice(start, start + HEADING_REACH)).replace(/\s/gu, ' ');
  for (const heading of INLINE_BY_LENGTH) {
    if (!folded.startsWith(heading)) continue;
    const rest = line.slice(start + heading.length);
    const separator = AFTER_HEADING.exec(rest);
    if (separator && rest.length > separator[0].length) return rest.slice(separator[0].length);
  }
  return undefined;
}

// Labels that pages put in front of a teaser headline.
const TEASER_LABELS =
  /^(?:article réservé à nos abonnés|réservé aux abonnés|article abonné|abonnés?|premium|exclusif|membres(?: publique)?|publique|vidéo|video|podcast|direct|en direct|live|infographie|diaporama|témoignages?|enquête|analyse|décryptage|tribune|chronique|entretien|récit|reportage|portrait)(?![\p{L}\p{N}])(?:\s?[:|\-–—])?\s?(?=\S)/iu;

/** A teaser headline without the labels the page put in front of it. */
function cleanTeaserHeadline(text: string): string {
  let headline = text.trim();
  for (let label = TEASER_LABELS.exec(headline); label; label = TEASER_LABELS.exec(headline)) {
    headline = headline.slice(label[0].length);
  }
  return /^[«"“]/u.test(headline) && /[»"”]$/u.test(headline) && headline.length >= 2
    ? headline.slice(1, -1).trim()
    : headline;
}

/** Recognises a teaser heading, alone on its line or followed by the teaser's headline. */
export function matchTeaserHeading(text: string): TeaserHeading | undefined {
  const key = bareKey(text);
  if (INLINE_HEADINGS.includes(key)) return { kind: 'inline' };
  // "À voir également sur Le HuffPost :".
  if (/^(?:a voir|a lire|lire|voir) (?:aussi|egalement) sur .{1,40}$/.test(key)) return { kind: 'inline' };
  if (CLOSING_HEADINGS.includes(key) || MORE_HEADING.test(key)) return { kind: 'closing' };
  const section = SECTION_HEADING.exec(key);
  if (section) {
    const name = section[1]
      ? text.trim().split(/\s+/).slice(-section[1].split(' ').length).join(' ')
      : undefined;
    if (!name) return { kind: 'closing' };
    // Only a short name, not a sentence that happens to start with these words.
    if (wordCount(name) <= 4 && !/[.!?:;]/.test(name)) return { kind: 'closing', sectionName: name };
    return undefined;
  }
  const inline = inlineHeadline(text.trim());
  if (inline) {
    const headline = cleanTeaserHeadline(inline);
    if (headline !== '' && wordCount(headline) <= 40) return { kind: 'inline', headline };
  }
  return undefined;
}

/** A caption of a teaser's picture, which some pages print before the teaser. */
export function isTeaserCaption(text: string, hasNextLine: boolean, expectingStandfirst: boolean): boolean {
  if (
    /^(?:sur cette (?:photo|image)|cette (?:photo|image)|photo d['’]illustration|image d['’]illustration|photo prise|illustration|une photo|sur la photo)\b/iu.test(
      text,
    )
  ) {
    return true;
  }
  // A cut caption comes before its headline; a cut standfirst after it.
  return isTruncated(text) && hasNextLine && !expectingStandfirst;
}

/** Whether a line after a teaser headline is its standfirst. */
export function isTeaserStandfirst(text: string): boolean {
  return isTruncated(text) || /[.…][\s»"”)]*$/.test(text);
}

/**
 * Whether a line inside a "Lire aussi" block is the body's text again: a
 * paragraph no teaser would carry (long and complete), or a complete
 * sentence where only a headline could stand.
 */
export function resumesBody(text: string, expectingStandfirst: boolean): boolean {
  if (isTruncated(text) || !endsWithTerminalPunctuation(text)) return false;
  if (text.length >= 200) return true;
  return !expectingStandfirst && text.length > 120 && /\.[\s»"”)]*$/.test(text);
}

// A lower-case letter followed by a capitalised word with no space: where the
// scraper glued two elements of the page ("parisiensJadis").
const GLUE = /\p{Ll}(?=\p{Lu}\p{Ll})/u;

/**
 * Splits a "Lire aussi" teaser glued to the start of a body paragraph ("À LIRE
 * AUSSIUne nécropole sous ParisJadis situé…") into the teaser and the
 * paragraph; undefined when the line is no such thing.
 */
export function splitGluedTeaser(text: string): [string, string] | undefined {
  const inline = inlineHeadline(text.trim());
  if (!inline) return undefined;
  const glue = GLUE.exec(inline);
  if (!glue) return undefined;
  const cut = text.length - inline.length + glue.index + 1;
  const rest = text.slice(cut).trim();
  return wordCount(rest) >= 12 ? [text.slice(0, cut).trim(), rest] : undefined;
}
