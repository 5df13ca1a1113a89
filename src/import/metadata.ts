import type { Author } from '../model';
import { trimEndMatching, trimStartMatching } from '../text';
import { readDateLine } from './frenchDates';
import { endsWithTerminalPunctuation, foldKey, wordCount } from './normalise';
import { NOT_A_NAME, NAME_PARTICLES as RUNNING_TEXT_PARTICLES } from './people';

// Word boundaries are written (?<![\p{L}\p{N}]) and (?![\p{L}\p{N}]): JavaScript's \b
// knows only ASCII letters, so /déclaré\b/ never matches "déclaré".
//
// Every line reaches these readers cleaned (one ordinary space between words, trimmed),
// so the patterns below match single spaces with bounded quantifiers (" ?", " "), and
// what a line is made of is read by splitting it, then matching each part: none of them
// can backtrack over a long crafted line.

// News agencies, as a source line or a byline names them (folded: lower case, no accents).
const AGENCIES: ReadonlySet<string> = new Set([
  'agence france-presse',
  'agence france presse',
  'associated press',
  'keystone-ats',
  'ria novosti',
  'europa press',
  'afp',
  'reuters',
  'ap',
  'ats',
  'sda',
  'belga',
  'ansa',
  'dpa',
  'efe',
  'aa',
  'anadolu',
  'xinhua',
  'bloomberg',
  'aps',
  'map',
  'tap',
  'apa',
  'kyodo',
  'yonhap',
  'tass',
  'interfax',
  'ukrinform',
  'la presse canadienne',
  'presse canadienne',
  'the canadian press',
  'agence qmi',
  'qmi',
  'relaxnews',
  'agences',
]);

/** The name without the elided article French puts before an agency ("l’AFP" → "AFP"). */
function agencyName(name: string): string {
  const trimmed = name.trim();
  return /^[lL]['’]/.test(trimmed) ? trimmed.slice(2).trimStart() : trimmed;
}

/** Whether a name is a news agency ("AFP", "l’AFP", "Reuters", "agences"). */
function isAgency(name: string): boolean {
  return AGENCIES.has(foldKey(agencyName(name)));
}

// "AFP, Reuters", "AFP/Reuters", "AFP et Reuters", "AP and Reuters".
const LIST_SEPARATOR = /[,/;&]| (?:et|and) /u;

function splitList(text: string): string[] {
  return text.split(LIST_SEPARATOR).map((part) => part.trim());
}

function isAgencyList(text: string): boolean {
  return splitList(text).every((part) => part !== '' && isAgency(part));
}

/** The text without a final full stop. */
function withoutFinalStop(text: string): string {
  return text.endsWith('.') ? text.slice(0, -1).trimEnd() : text;
}

// --- Source lines -----------------------------------------------------------

// "Source : AA", "Sources: AFP, Reuters", "Source AFP".
const SOURCE_LABEL = /^sources?(?: ?: ?| )/iu;
// "avec AFP", "— Avec Reuters".
const WITH = /^(?:avec|with) /iu;
const AGENCY_CODE_PART = /^\p{L}{2,12}$/u;

/**
 * The agency code inside brackets: "ats/nxp", "AFP", "avec AFP", "Reuters, AP"
 * (up to four codes); undefined when the brackets hold anything else.
 */
function agencyCode(inside: string): string | undefined {
  let code = inside.trim();
  if (/^avec /iu.test(code)) code = code.slice(5).trim();
  const parts = code.split(/[/,]/u).map((part) => part.trim());
  if (parts.length > 4 || !parts.every((part) => AGENCY_CODE_PART.test(part))) return undefined;
  // "(ats/nxp)": an agency and its journalist's code; otherwise every part is an agency.
  if (!code.includes('/') && !parts.every(isAgency)) return undefined;
  return agencyName(code);
}

/** What a line written "(…)" holds, if it is nothing but one bracketed group, a full stop allowed after it. */
function bracketed(text: string): string | undefined {
  const closed = withoutFinalStop(text);
  if (!closed.startsWith('(') || !closed.endsWith(')')) return undefined;
  const inside = closed.slice(1, -1);
  return inside.includes('(') || inside.includes(')') ? undefined : inside;
}

/** The name of the source a whole line gives ("Source : AA" → "AA"), if it is a source line. */
export function readSourceLine(text: string): string | undefined {
  const label = SOURCE_LABEL.exec(text);
  if (label) {
    const named = withoutFinalStop(text.slice(label[0].length).trim());
    if (named === '' || named.length > 80) return undefined;
    // With a colon, any short name ("Source : ministère de la Santé"); without one, only agencies.
    if (label[0].includes(':')) return wordCount(named) <= 8 && !/^https?:/i.test(named) ? named : undefined;
    return isAgencyList(named) ? agencyName(named) : undefined;
  }
  const inside = bracketed(text);
  if (inside !== undefined) return agencyCode(inside);
  const withAgency = trimStartMatching(text, /[-–—\s]/u);
  if (WITH.test(withAgency)) {
    const named = withoutFinalStop(withAgency.slice(5).trim());
    return named.length <= 60 && isAgencyList(named) ? agencyName(named) : undefined;
  }
  const bare = trimEndMatching(trimStartMatching(text, /[-–—(\s]/u), /[)\s.]/u);
  if (isAgency(bare)) return agencyName(bare);
  return undefined;
}

/** Splits an agency signature off the end of a paragraph: "… a-t-il dit. (ats/nxp)". */
export function splitTrailingSource(text: string): { text: string; source: string } | undefined {
  const open = text.lastIndexOf('(');
  if (open <= 0) return undefined;
  const inside = bracketed(text.slice(open));
  const source = inside === undefined ? undefined : agencyCode(inside);
  if (source === undefined) return undefined;
  const before = text.slice(0, open).trim();
  // Only after a finished sentence, so that "(AFP)" inside a sentence stays.
  if (!/[.!?…»"”]$/.test(before)) return undefined;
  return { text: before, source };
}

// --- Credits ------------------------------------------------------------------

const RIGHTS_RESERVED =
  /(?:^|\s)(?:tous droits réservés|tous droits reserves|all rights reserved)(?![\p{L}\p{N}])/iu;
// Line openings that make the whole line a credit when something follows them.
const CREDIT_OPENINGS = [
  /^(?:©|\(c\)|copyright(?![\p{L}\p{N}]))/iu,
  /^cr[ée]dits?(?: (?:photos?|images?))? ?:/iu,
  /^(?:photos?|illustrations?|images?|infographie|dessin) ?:/iu,
  /^(?:photo|image|illustration) (?:by|par|de) (?=\S)/iu,
];
// "Jean Dupont / AFP", "Jean Dupont / Getty Images via AFP", "Jean Dupont / Studio / AFP": the agency after the last slash.
const PICTURE_AGENCIES: ReadonlySet<string> = new Set(
  [
    'AFP',
    'Reuters',
    'AP',
    'Getty Images',
    'EPA',
    'Sipa',
    'Maxppp',
    'Abaca',
    'Hans Lucas',
    'Belga',
    'ANP',
    'DPA',
    'ANSA',
    'Keystone',
    'Shutterstock',
    'iStock',
    'Unsplash',
  ].map((name) => name.toLowerCase()),
);

function isPictureAgencyCredit(text: string): boolean {
  const slash = text.lastIndexOf(' / ');
  if (slash < 1 || slash > 60) return false;
  const [agency = '', via, ...more] = text.slice(slash + 3).split(/ via /iu);
  if (more.length > 0 || (via !== undefined && (via.trim() === '' || via.length > 30))) return false;
  return PICTURE_AGENCIES.has(agency.trim().toLowerCase());
}

/** The credit a whole line gives ("a Tous droits réservés EBU" → "Tous droits réservés EBU"). */
export function readCreditLine(text: string): string | undefined {
  if (text.length > 150 || (wordCount(text) >= 8 && endsWithTerminalPunctuation(text))) return undefined;
  const rights = RIGHTS_RESERVED.exec(text);
  if (rights) return text.slice(rights.index).trim();
  // "(Photo par Jean Dupont)": the brackets go.
  const unbracketed = bracketed(text) ?? text;
  for (const opening of CREDIT_OPENINGS) {
    const match = opening.exec(unbracketed);
    if (match && unbracketed.slice(match[0].length).trim() !== '') return unbracketed.trim();
  }
  if (isPictureAgencyCredit(text)) return text.trim();
  return undefined;
}

// --- Tags ---------------------------------------------------------------------

const TAGS = /^(?:mots[- ]?cl[ée]s|tags?|th[èe]mes?|sujets?|keywords) ?:/iu;

/** The keywords a "Mots-clés : …" line gives. */
export function readTagsLine(text: string): string[] | undefined {
  const match = TAGS.exec(text);
  if (!match) return undefined;
  const tags = text
    .slice(match[0].length)
    .split(/[,;|•#]/u)
    .map((tag) => withoutFinalStop(tag.trim()))
    .filter((tag) => tag !== '' && tag.length <= 60);
  return tags.length > 0 && tags.length <= 30 ? tags : undefined;
}

// --- Person names ----------------------------------------------------------------

// Words of page furniture and section names, and the platforms a share bar or a
// "follow us" line names: a capitalised line made of them is navigation, not a person
// ("Home ECONOMIE Conjoncture", "Google News", "Entretiens Méditerranée").
const NOT_IN_A_PERSON_NAME: ReadonlySet<string> = new Set(
  `accueil home menu rubrique rubriques source sources article articles actualite actualites actu actus info infos news une direct live video videos podcast podcasts photo photos diaporama dossier dossiers edition editions region regions local locale international monde france politique economie conjoncture entreprises societe culture sport sports sciences science sante tech planete environnement idees opinion opinions debats debat tribune tribunes chronique chroniques entretien entretiens interview interviews analyse analyses enquete enquetes reportage reportages portrait portraits decryptage services service newsletter newsletters abonnes abonne premium partager partage suivre commentaires commenter lire aussi plus meteo medias faits divers google facebook twitter instagram linkedin tiktok youtube whatsapp telegram snapchat flipboard pinterest threads bluesky mastodon podcasts redaction equipe staff team the`.split(
    ' ',
  ),
);
// A byline line holds nothing but names, so it can also accept the particles that would join a name to
// the next word in running text: « d’ », « la », « le » (Le Pen, La Fontaine), « mac », « y ».
const NAME_PARTICLES = new Set([...RUNNING_TEXT_PARTICLES, 'd', 'la', 'le', 'mac', 'y']);
// A given name: "Jeanne", "Jean-Pierre", "Loïc", or an initial "J.".
const GIVEN_NAME = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.(?:-\p{Lu}\.)?)$/u;
// A surname: "Corriveau", "O’Neill", "McDonald", "LeBlanc", "Le Clerc" as two tokens, "GHARBI" in capitals.
const SURNAME =
  /^(?:\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}?\p{Ll}+)*|\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}\.)$/u;
const ALL_CAPS = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;
// Initials that sign wire copy: "A.B", "A.B.", "J.-P.M.".
const INITIALS = /^(?:\p{Lu}\.-?){1,3}\p{Lu}\.?$/u;

// Capitalised words that open the name of a publication, not of a person ("Le Monde").
const ARTICLES = new Set(['Le', 'La', 'Les', 'Du', 'Des', 'De', 'Un', 'Une']);

function isNameWord(token: string): boolean {
  const key = foldKey(token);
  return !NOT_A_NAME.has(token.toLowerCase()) && !NOT_IN_A_PERSON_NAME.has(key) && !AGENCIES.has(key);
}

/**
 * Whether a text is a person's name: a given name first ("Jeanne", "Jean-Pierre",
 * "J."), then one to three surnames, capitalised or in capitals ("Chokri GHARBI"),
 * with particles between them ("Ursula von der Leyen"). A word in capitals may only
 * end the name; section, platform and agency words and the words that open
 * sentences or name institutions are refused, so "Home ECONOMIE Conjoncture",
 * "Source AFP" and "Google News" are no names. After "Par" the page says a name
 * follows, so an article may open a surname ("Loïc Le Clerc").
 */
function isPersonName(name: string, { afterPar = false } = {}): boolean {
  const tokens = name.split(' ');
  const words = tokens.filter((token, index) => {
    const particle = NAME_PARTICLES.has(token.toLowerCase().replace(/['’]$/u, ''));
    // "Le Clerc", "La Fontaine": an article that opens a surname, after "Par" only.
    const openingSurname = afterPar && ARTICLES.has(token) && index > 0 && index < tokens.length - 1;
    return !(index > 0 && index < tokens.length - 1 && (particle || openingSurname));
  });
  if (words.length < 2 || words.length > 4 || tokens.length > 6) return false;
  const [first = '', ...rest] = words;
  // "Par JEAN DUPONT": after "Par", a name may be set in capitals throughout.
  if (afterPar && words.every((word) => ALL_CAPS.test(word) && isNameWord(word))) return true;
  if (!GIVEN_NAME.test(first) || ARTICLES.has(first) || !isNameWord(first)) return false;
  let capitals = false;
  for (const word of rest) {
    if (!SURNAME.test(word) || !isNameWord(word)) return false;
    // Capitals close the name: "Chokri GHARBI", never "Home ECONOMIE Conjoncture".
    if (capitals && !ALL_CAPS.test(word)) return false;
    capitals ||= ALL_CAPS.test(word);
  }
  return true;
}

// --- Bylines ------------------------------------------------------------------

/** What a byline says: persons, organisations and the sources of the copy. */
export interface Byline {
  authors: Author[];
  /** Names that are not persons ("Euronews", "La rédaction", "Le Figaro"). */
  organisations: string[];
  /** Agencies or partner outlets whose copy it is ("Par Le Monde avec AFP", "20 Minutes avec The Conversation"). */
  sources: string[];
  /** A date part that followed the names on the same line. */
  dateText?: string;
}

const BYLINE_START =
  /^(?:par|by|publié par|écrit par|(?:article )?rédigé par|propos recueillis par|auteur(?:e|s)? ?:|texte ?:|rédaction ?:|journaliste ?:|signé|un texte de|un article de|une chronique de|une analyse de|un reportage de|une enquête de)(?: |$)/iu;
const ORGANISATION =
  /^(?:(?:la|notre|l['’]) ?)?(?:rédaction|redaction|newsroom|équipe|equipe|service|staff|team)(?![\p{L}\p{N}])/iu;
// "Par Jean Dupont et Marie Durand", "Par Le Monde avec AFP", "Par X / Y".
const NAMES_SEPARATOR = /( ?[&/;] ?| (?:et|avec|and|with) )/u;
// Where a date starts after the names: "… | Publié le …", "…, mis à jour le …", "… - 12 juin 2024".
const DATE_OPENING =
  /^(?:publi|mis |mise |maj |modifi|actualis|cr[ée]{2}|le \d|\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd|il y a|updated|published|posted)/iu;

/** Whether a part of a line is a date, as a date line would give it. */
function isDateText(text: string): boolean {
  if (!DATE_OPENING.test(text)) return false;
  const date = readDateLine(text, 'UTC');
  return date !== undefined && !date.empty;
}

function emptyByline(): Byline {
  return { authors: [], organisations: [], sources: [] };
}

/** One named party of a byline, filed as a person, an organisation or a source. */
function fileName(byline: Byline, name: string, jobTitle: string, afterPar: boolean): boolean {
  if (isAgency(name)) byline.sources.push(agencyName(name));
  // "La rédaction", "Le Figaro", "L’Express": an article makes it a publication.
  else if (ORGANISATION.test(name) || /^(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]) ?\p{Lu}/u.test(name))
    byline.organisations.push(name);
  // "A.B avec AFP": the initials of the journalist who wrote the copy.
  else if (INITIALS.test(name)) byline.authors.push({ name });
  else if (!name.includes(' ') && /^[\p{Lu}\d]/u.test(name)) byline.organisations.push(name);
  else if (isPersonName(name, { afterPar })) byline.authors.push({ name, ...(jobTitle ? { jobTitle } : {}) });
  else return false;
  return true;
}

const SENTENCE_OPENING =
  /^(?:qui|que|qu['’]|dont|il|elle|ils|elles|on|les|des|ce|cette|ces|c['’]est)(?![\p{L}\p{N}])/iu;

/** The names after "Par": persons with their job titles, organisations and agencies. */
function readNames(namesPart: string, byline: Byline): boolean {
  // "Camille Roussel - franceinfo", "Jean Dupont | Le Parisien": the outlet after a dash.
  const [names = '', ...outlets] = namesPart
    .trim()
    .replace(/[.;]$/u, '')
    .split(/ [-–—|] /u);
  if (names === '') return false;
  for (const outlet of outlets) {
    if (isAgency(outlet)) byline.sources.push(agencyName(outlet));
    else if (wordCount(outlet) <= 4) byline.organisations.push(outlet);
    else return false;
  }
  // "Jean-Pierre Stroobants (Bruxelles, correspondant)": what the brackets say is the job title.
  const brackets: string[] = [];
  const bracketless = names.replace(/ ?\(([^()]{1,80})\)/gu, (_whole, inside: string) => {
    brackets.push(inside.trim());
    return `\uE000${brackets.length - 1}`;
  });
  // "envoyé spécial à Kiev et à Odessa": an "et" before a lower-case word stays inside the job title.
  const pieces = bracketless.split(NAMES_SEPARATOR);
  const parts: string[] = [];
  for (let index = 0; index < pieces.length; index += 2) {
    const piece = pieces[index] ?? '';
    if (index > 0 && /^\p{Ll}/u.test(piece) && !isAgency(piece))
      parts[parts.length - 1] += `${pieces[index - 1]}${piece}`;
    else parts.push(piece);
  }
  for (const part of parts) {
    const [marked = '', ...roles] = part.split(',').map((role) => role.trim());
    const bracket = /\uE000(\d+)/.exec(marked);
    const name = marked.replace(/\uE000\d+/g, '').trim();
    if (name === '') return false;
    let jobTitle = (bracket ? (brackets[Number(bracket[1])] ?? '') : roles.join(', ')).trim();
    // "Par Jean Dupont (avec AFP)": the brackets name the agency, not a job.
    const bracketSource = bracket ? agencyCode(jobTitle) : undefined;
    if (bracketSource) {
      byline.sources.push(bracketSource);
      jobTitle = '';
    }
    // A job title is a noun phrase: "qui a suivi …", "les usagers …" open a sentence.
    if (!bracket && SENTENCE_OPENING.test(jobTitle)) return false;
    // A job title after a comma is lower case ("correspondante à Bruxelles").
    if (!bracket && jobTitle !== '' && !/^\p{Ll}/u.test(jobTitle)) {
      // "Par Jean Dupont, Marie Durand" lists two names; "Par Jean Dupont, La Presse canadienne" a name and its outlet.
      for (const [index, other] of [name, ...roles].entries()) {
        if (isPersonName(other, { afterPar: true })) byline.authors.push({ name: other });
        else if (index === 0 || !fileName(byline, other, '', true)) return false;
      }
      continue;
    }
    if (!fileName(byline, name, jobTitle, true)) return false;
  }
  return true;
}

/** Splits "Par X, publié le …" or "Par X - 12 juin 2024" into the names and the date. */
function splitDate(text: string): { names: string; dateText?: string } {
  const separators = [', ', ' - ', ' – ', ' — ', ' '];
  for (let index = 0; index < text.length; index += 1) {
    for (const separator of separators) {
      if (!text.startsWith(separator, index)) continue;
      const rest = text.slice(index + separator.length);
      if (isDateText(rest)) return { names: text.slice(0, index), dateText: rest };
    }
  }
  return { names: text };
}

/** A byline that opens with "Par", "Un texte de", "Article rédigé par"…, a date allowed after the names. */
function readStartedByline(text: string): Byline | undefined {
  const start = BYLINE_START.exec(text);
  if (!start) return undefined;
  const { names, dateText } = splitDate(text.slice(start[0].length).trim());
  // Names and job titles, not a sentence: "Par Internet, les usagers peuvent … en ligne." stays text.
  const words = wordCount(names);
  if (words > 14 || (words >= 8 && /[.!?]$/u.test(names))) return undefined;
  const byline = { ...emptyByline(), ...(dateText ? { dateText } : {}) };
  return readNames(names, byline) ? byline : undefined;
}

// Separators of the parts of a composite metadata line: "Accueil | Par X | 30 septembre 2018".
const PART_SEPARATOR = / ?[|•·] ?/u;

/** Whether a part of a metadata line is short and name-shaped: a site, a section, an outlet. */
function isShortName(part: string): boolean {
  return part.length <= 40 && wordCount(part) <= 5 && !/[.!?:;]$/u.test(part) && /^[\p{L}\d]/u.test(part);
}

/**
 * A line of metadata parts between "|", "•" or "·": a byline ("Par X"), dates,
 * agencies, and short names (a breadcrumb before the byline, the site or the
 * outlet after it, the author without "Par" when a date is there): "Accueil |
 * Par Loïc Le Clerc | 30 septembre 2018", "Site | 14.03.2021 à 09h12 • Mis à
 * jour le …", "Publié le 2021-03-14 | site.example".
 */
function readCompositeLine(parts: readonly string[]): Byline | undefined {
  const byline = emptyByline();
  const dates: string[] = [];
  const names: { text: string; beforeByline: boolean }[] = [];
  let started = false;
  for (const part of parts) {
    const started_ = readStartedByline(part);
    if (started_) {
      started = true;
      byline.authors.push(...started_.authors);
      byline.organisations.push(...started_.organisations);
      byline.sources.push(...started_.sources);
      if (started_.dateText) dates.push(started_.dateText);
    } else if (isDateText(part)) dates.push(part);
    else if (isAgencyList(part)) byline.sources.push(...splitList(part).map(agencyName));
    else if (isShortName(part)) names.push({ text: part, beforeByline: !started });
    else return undefined;
  }
  if (!started && dates.length === 0) return undefined;
  for (const { text, beforeByline } of names) {
    // Before "Par", a breadcrumb or the site's name: navigation.
    if (started && beforeByline) continue;
    if (started || !fileName(byline, text, '', false)) byline.organisations.push(text);
  }
  if (byline.authors.length + byline.organisations.length + byline.sources.length === 0) return undefined;
  return { ...byline, ...(dates.length > 0 ? { dateText: dates.join(' ') } : {}) };
}

/**
 * "La Rédaction, Mis à jour le …", "AFP 14 mars 2021 à 09:12 (Mis à jour : …)",
 * "Jeanne Corriveau - 19 février 2020": a name, an organisation or an agency, then
 * the date, with no "Par".
 */
function readNameWithDate(text: string): Byline | undefined {
  const { names, dateText } = splitDate(text);
  if (!dateText || !isShortName(names)) return undefined;
  const byline = { ...emptyByline(), dateText };
  // After a bare space, only an agency ("AFP 14 mars 2021"): "Lyon 14 mars" is a dateline.
  const glued = !/[,\-–—]$/u.test(text.slice(0, text.length - dateText.length).trim());
  if (glued) {
    if (!isAgencyList(names)) return undefined;
    byline.sources.push(...splitList(names).map(agencyName));
    return byline;
  }
  return fileName(byline, names, '', false) ? byline : undefined;
}

/** "Publié le 12 juin 2024 à 14h30 par Jean Dupont": the date first, then the byline. */
function readDateThenNames(text: string): Byline | undefined {
  const at = text.search(/ (?:par|by) /iu);
  if (at <= 0 || !isDateText(text.slice(0, at))) return undefined;
  const byline = readStartedByline(text.slice(at + 1));
  return byline && !byline.dateText ? { ...byline, dateText: text.slice(0, at) } : undefined;
}

// "20 Minutes avec AFP", "Le Figaro avec AFP et Reuters", "20 Minutes avec The Conversation".
const OUTLET = /^[\p{Lu}\d][^.,;:!?«»"]{1,40}$/u;

function readOutletWith(text: string): Byline | undefined {
  const at = text.indexOf(' avec ');
  if (at < 0) return undefined;
  const outlet = text.slice(0, at).trim();
  const partner = withoutFinalStop(text.slice(at + 6).trim());
  if (!(OUTLET.test(outlet) || INITIALS.test(outlet)) || partner.length < 2 || partner.length > 40)
    return undefined;
  const byline = emptyByline();
  // "A.B avec AFP": initials are the journalist; a person is an author.
  if (INITIALS.test(outlet) || isPersonName(outlet)) byline.authors.push({ name: outlet });
  else byline.organisations.push(outlet);
  if (isAgencyList(partner)) {
    byline.sources.push(...splitList(partner).map(agencyName));
    return byline;
  }
  // A partner outlet whose copy it is: a short capitalised name that is no person.
  if (
    byline.authors.length === 0 &&
    OUTLET.test(partner) &&
    wordCount(partner) <= 4 &&
    !isPersonName(partner) &&
    partner.split(' ').every((word) => /^[\p{Lu}\d]/u.test(word) || NAME_PARTICLES.has(word))
  ) {
    byline.sources.push(partner);
    return byline;
  }
  return undefined;
}

/**
 * Reads a byline ("Par Euronews avec Shona Murray", "Par Jean Dupont,
 * correspondant à Bruxelles", "Par Le Monde avec AFP – Publié le …", "Un texte
 * de …", "Accueil | Par X | 30 septembre 2018", "La Rédaction, Mis à jour le …",
 * "A.B avec AFP", "20 Minutes avec The Conversation"). The names must look like
 * names, so "Par ailleurs, …" stays text. Persons become authors; an outlet or
 * "La rédaction" is an organisation; an agency or a partner outlet is a source.
 */
export function readBylineLine(text: string): Byline | undefined {
  if (text.length > 200) return undefined;
  const parts = text.split(PART_SEPARATOR).map((part) => part.trim());
  const filled = parts.filter((part) => part !== '');
  if (filled.length > 1) return readCompositeLine(filled);
  const line = filled[0] ?? '';
  return readStartedByline(line) ?? readNameWithDate(line) ?? readDateThenNames(line) ?? readOutletWith(line);
}

/**
 * A signature at the end of the text, or a name alone under the headline: a
 * person's name, with a job title in brackets or after a comma ("Jean-Pierre
 * Stroobants (Bruxelles, correspondant)").
 */
export function readSignatureLine(text: string): Author | undefined {
  const line = withoutFinalStop(text.trim());
  if (line.length > 130) return undefined;
  let name = line;
  let jobTitle = '';
  const open = line.indexOf('(');
  if (open > 0 && line.endsWith(')')) {
    name = line.slice(0, open);
    jobTitle = line.slice(open + 1, -1);
    if (jobTitle.includes('(') || jobTitle.includes(')') || jobTitle.length > 60) return undefined;
  } else if (line.includes(',')) {
    const comma = line.indexOf(',');
    name = line.slice(0, comma);
    jobTitle = line.slice(comma + 1).trim();
    // A job title after a comma is lower case, one phrase.
    if (!/^\p{Ll}/u.test(jobTitle) || jobTitle.includes('.') || jobTitle.length > 60) return undefined;
  }
  name = name.trim();
  if (name.length < 3 || name.length > 60 || /[,()]/u.test(name) || !isPersonName(name)) return undefined;
  return { name, ...(jobTitle.trim() ? { jobTitle: jobTitle.trim() } : {}) };
}
