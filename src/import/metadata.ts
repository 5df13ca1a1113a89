import type { Author } from '../model';
import { trimEndMatching, trimStartMatching } from '../text';
import { endsWithTerminalPunctuation, foldKey, wordCount } from './normalise';
import { NAME_PARTICLES as RUNNING_TEXT_PARTICLES } from './people';

// Word boundaries are written (?<![\p{L}\p{N}]) and (?![\p{L}\p{N}]): JavaScript's \b
// knows only ASCII letters, so /déclaré\b/ never matches "déclaré".

// News agencies, as a source line or a byline names them.
const AGENCIES = [
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
  'agences',
];
const AGENCY = `(?:l['’]\\s*)?(?:${AGENCIES.join('|')})`;

/** Whether a name is a news agency ("AFP", "l’AFP", "Reuters", "agences"). */
function isAgency(name: string): boolean {
  return new RegExp(`^${AGENCY}$`).test(foldKey(name));
}

function agencyName(name: string): string {
  return name.replace(/^l['’]\s*/i, '').trim();
}

// --- Source lines -----------------------------------------------------------

const SOURCE_LABEL = /^sources?\s*:\s*(.{1,80}?)\s*\.?$/iu;
// "(ats/nxp)", "(AFP)", "(avec AFP)", "(Reuters, AP)".
const SOURCE_CODE = /^\(\s*(?:avec\s+)?([\p{L}]{2,12}(?:\s*[/,]\s*[\p{L}]{2,12}){0,3})\s*\)\s*\.?$/u;
// "avec AFP", "— Avec Reuters", "Avec l’AFP et Reuters".
const WITH_AGENCY = /^(?:[-–—]\s*)?(?:avec|with)\s+(.{2,60}?)\s*\.?$/iu;

function isAgencyList(text: string): boolean {
  return text
    .split(/(?<!\s)\s*(?:,|\/|(?<![\p{L}\p{N}])et(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])and(?![\p{L}\p{N}]))\s*/u)
    .every((part) => part !== '' && isAgency(part));
}

/** The name of the source a whole line gives ("Source : AA" → "AA"), if it is a source line. */
export function readSourceLine(text: string): string | undefined {
  const label = SOURCE_LABEL.exec(text);
  if (label?.[1] && wordCount(label[1]) <= 8 && !/^https?:/i.test(label[1])) return label[1].trim();
  const code = SOURCE_CODE.exec(text);
  if (code?.[1] && (code[1].includes('/') || isAgencyList(code[1]))) return agencyName(code[1]);
  const withAgency = WITH_AGENCY.exec(text);
  if (withAgency?.[1] && isAgencyList(withAgency[1])) return agencyName(withAgency[1]);
  const bare = trimEndMatching(trimStartMatching(text, /[-–—(\s]/), /[)\s.]/);
  if (isAgency(bare)) return agencyName(bare);
  return undefined;
}

// An agency signature at the end of the last paragraph: "… a-t-il dit. (ats/nxp)".
const TRAILING_SOURCE =
  /(?<!\s)\s*\(\s*(?:avec\s+)?([\p{L}]{2,12}(?:\s*[/,]\s*[\p{L}]{2,12}){0,3})\s*\)\s*\.?$/u;

/** Splits an agency signature off the end of a paragraph. */
export function splitTrailingSource(text: string): { text: string; source: string } | undefined {
  const match = TRAILING_SOURCE.exec(text);
  if (!match?.[1] || match.index === 0) return undefined;
  if (!match[1].includes('/') && !isAgencyList(match[1])) return undefined;
  const before = text.slice(0, match.index).trim();
  // Only after a finished sentence, so that "(AFP)" inside a sentence stays.
  if (!/[.!?…»"”]$/.test(before)) return undefined;
  return { text: before, source: agencyName(match[1]) };
}

// --- Credits ------------------------------------------------------------------

const CREDIT_PATTERNS = [
  /(?:^|\s)((?:tous droits réservés|tous droits reserves|all rights reserved)(?![\p{L}\p{N}]).*)$/iu,
  /^((?:©|\(c\)|copyright(?![\p{L}\p{N}]))\s*.+)$/iu,
  /^((?:crédits?|credits?)(?:\s+(?:photos?|images?))?\s*:\s*.+)$/iu,
  /^((?:photos?|illustrations?|images?|infographie|dessin)\s*:\s*.+)$/iu,
  /^\(?((?:photo|image|illustration)\s+(?:by|par|de)\s+.+?)\)?$/iu,
  /^(.{1,60}\s\/\s(?:AFP|Reuters|AP|Getty Images|EPA|Sipa|Maxppp|Abaca|Hans Lucas|Belga|ANP|DPA|ANSA|Keystone|Shutterstock|iStock|Unsplash)(?:\s+via\s+.{1,30})?)$/iu,
];

/** The credit a whole line gives ("a Tous droits réservés EBU" → "Tous droits réservés EBU"). */
export function readCreditLine(text: string): string | undefined {
  if (text.length > 150 || (wordCount(text) >= 8 && endsWithTerminalPunctuation(text))) return undefined;
  for (const pattern of CREDIT_PATTERNS) {
    const match = pattern.exec(text);
    if (match?.[1]) return match[1].trim();
  }
  return undefined;
}

// --- Tags ---------------------------------------------------------------------

const TAGS = /^(?:mots[-\s]?clés|mots[-\s]?cles|tags?|thèmes?|themes?|sujets?|keywords)\s*:\s*(.+)$/iu;

/** The keywords a "Mots-clés : …" line gives. */
export function readTagsLine(text: string): string[] | undefined {
  const match = TAGS.exec(text);
  if (!match?.[1]) return undefined;
  const tags = match[1]
    .split(/(?<!\s)\s*[,;|•#]\s*/u)
    .map((tag) => tag.trim().replace(/\.$/, ''))
    .filter((tag) => tag !== '' && tag.length <= 60);
  return tags.length > 0 && tags.length <= 30 ? tags : undefined;
}

// --- Bylines ------------------------------------------------------------------

/** What a byline says: persons, organisations and agencies. */
export interface Byline {
  authors: Author[];
  /** Names that are not persons ("Euronews", "La rédaction", "Le Figaro"). */
  organisations: string[];
  /** Agencies named in the byline ("Par Le Monde avec AFP"). */
  agencies: string[];
  /** A date part that followed the names on the same line. */
  dateText?: string;
}

const BYLINE_START =
  /^(?:par|by|publié par|écrit par|(?:article )?rédigé par|propos recueillis par|auteur(?:e|s)?\s*:|texte\s*:|signé)\s+(.+)$/iu;
const BYLINE_DATE_SPLIT =
  /(?<!\s)\s*(?:[|•·]|[-–—]\s+(?=publi|mis|le\s+\d|\d)|,\s*(?=publi|mis|le\s+\d)|\s(?=publi|mis à jour|mis a jour|modifi|actualis|le \d))/iu;
// A byline line holds nothing but names, so it can also accept the particles that would join a name to
// the next word in running text: « d’ », « la », « le » (Le Pen, La Fontaine), « mac », « y ».
const NAME_PARTICLES = new Set([...RUNNING_TEXT_PARTICLES, 'd', 'la', 'le', 'mac', 'y']);
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u;
const ORGANISATION =
  /^(?:(?:la|notre|l['’])\s*)?(?:rédaction|redaction|newsroom|équipe|equipe|service|staff|team)(?![\p{L}\p{N}])/iu;

// Capitalised words that open the name of a publication, not of a person ("Le Monde").
const ARTICLES = new Set(['Le', 'La', 'Les', 'Du', 'Des', 'De', 'Un', 'Une']);

function isPersonName(name: string): boolean {
  const tokens = name.split(/\s+/);
  if (tokens.length < 1 || tokens.length > 5 || tokens.some((token) => ARTICLES.has(token))) return false;
  return tokens.every((token, index) => {
    if (NAME_TOKEN.test(token)) return true;
    const particle = token.toLowerCase().replace(/['’]$/, '');
    return index > 0 && index < tokens.length - 1 && NAME_PARTICLES.has(particle);
  });
}

/**
 * Reads a byline ("Par Euronews avec Shona Murray", "Par Jean Dupont,
 * correspondant à Bruxelles", "Par Le Monde avec AFP – Publié le …"). The
 * names must look like names (capitalised words), so "Par ailleurs, …" stays
 * text. Persons become authors; an outlet or "La rédaction" is an
 * organisation, and an agency is reported as such.
 */
export function readBylineLine(text: string): Byline | undefined {
  if (text.length > 200) return undefined;
  const start = BYLINE_START.exec(text);
  if (!start?.[1]) return readOutletWithAgency(text);
  const [namesPart = '', ...dateParts] = start[1].split(BYLINE_DATE_SPLIT);
  const dateText = dateParts.join(' ').trim();
  // "Camille Roussel - franceinfo", "Jean Dupont | Le Parisien": the outlet after a dash.
  const [names = '', ...outlets] = namesPart
    .trim()
    .replace(/[.;]$/, '')
    .split(/(?<!\s)\s+[-–—|]\s+/u);
  if (names === '') return undefined;

  const byline: Byline = { authors: [], organisations: [], agencies: [], ...(dateText ? { dateText } : {}) };
  for (const outlet of outlets) {
    if (isAgency(outlet)) byline.agencies.push(agencyName(outlet));
    else if (wordCount(outlet) <= 4) byline.organisations.push(outlet);
    else return undefined;
  }
  // "Jean-Pierre Stroobants (Bruxelles, correspondant)": what the brackets say is the job title.
  const brackets: string[] = [];
  const bracketless = names.replace(/(?<!\s)\s*\(([^()]{1,80})\)/g, (_whole, inside: string) => {
    brackets.push(inside.trim());
    return `\uE000${brackets.length - 1}`;
  });
  const parts = bracketless.split(
    /\s*(?:(?<![\p{L}\p{N}])et(?![\p{L}\p{N}])|&|(?<![\p{L}\p{N}])avec(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])and(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])with(?![\p{L}\p{N}])|\/|;)\s*/u,
  );
  for (const part of parts) {
    const [marked = '', ...roles] = part.split(/(?<!\s)\s*,\s*/);
    const bracket = /\uE000(\d+)/.exec(marked);
    const name = marked.replace(/\uE000\d+/g, '').trim();
    if (name === '') return undefined;
    const jobTitle = (bracket ? (brackets[Number(bracket[1])] ?? '') : roles.join(', ')).trim();
    // A job title after a comma is lower case ("correspondante à Bruxelles").
    if (!bracket && jobTitle !== '' && !/^\p{Ll}/u.test(jobTitle)) {
      // "Par Jean Dupont, Marie Durand" lists two names.
      for (const other of [name, ...roles]) {
        if (!isPersonName(other)) return undefined;
        byline.authors.push({ name: other });
      }
      continue;
    }
    if (isAgency(name)) byline.agencies.push(agencyName(name));
    // "La rédaction", "Le Figaro", "L’Express": an article makes it a publication.
    else if (ORGANISATION.test(name) || /^(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*\p{Lu}/u.test(name))
      byline.organisations.push(name);
    else if (!isPersonName(name)) return undefined;
    // One word is an outlet ("Euronews", "Franceinfo"), not a person's full name.
    else if (!name.includes(' ')) byline.organisations.push(name);
    else byline.authors.push({ name, ...(jobTitle ? { jobTitle } : {}) });
  }
  return byline;
}

// "20 Minutes avec AFP", "Le Figaro avec AFP et Reuters": a byline without "Par".
const OUTLET_WITH_AGENCY = /^([\p{Lu}\d][^.,;:!?«»"]{1,40}?)\s+avec\s+(.{2,40})$/u;

function readOutletWithAgency(text: string): Byline | undefined {
  const match = OUTLET_WITH_AGENCY.exec(text.trim());
  if (!match?.[1] || !match[2] || !isAgencyList(match[2])) return undefined;
  const agencies = match[2].split(/(?<!\s)\s*(?:,|\/|\bet\b|\band\b)\s*/u).map(agencyName);
  return { authors: [], organisations: [match[1].trim()], agencies };
}

const SIGNATURE = /^([^,()]{3,60}?)\s*(?:\(([^()]{1,60})\)|,\s*(\p{Ll}[^.]{0,60}))?\.?$/u;

/**
 * A signature at the end of the text: a person's name alone, with a job
 * title in brackets or after a comma ("Jean-Pierre Stroobants (Bruxelles,
 * correspondant)").
 */
export function readSignatureLine(text: string): Author | undefined {
  const match = SIGNATURE.exec(text.trim());
  const name = match?.[1]?.trim() ?? '';
  if (!name.includes(' ') || !isPersonName(name)) return undefined;
  const jobTitle = (match?.[2] ?? match?.[3] ?? '').trim();
  return { name, ...(jobTitle ? { jobTitle } : {}) };
}
