import type { Attribution } from '../model';
import { trimEndMatching } from '../text';
import { foldKey } from './normalise';
import { splitSentences } from './sentences';

// Word boundaries are written (?<![\p{L}\p{N}]) and (?![\p{L}\p{N}]): JavaScript's \b
// knows only ASCII letters, so /déclaré\b/ never matches "déclaré".

// Nouns of roles that French news puts before or after a name: "le
// secrétaire général de l’OTAN, Jens Stoltenberg", "Rustem Umerov, ministre
// de la Défense".
export const ROLE_NOUNS =
  /(?<![\p{L}\p{N}])(?:ministres?|président(?:e|s|es)?|vice-président(?:e)?|secrétaire|chef(?:fe)?|chancel(?:ier|ière)|porte-parole|direct(?:eur|rice)|ambassad(?:eur|rice)|commissaire|député(?:e)?|sénat(?:eur|rice)|maire|conseill(?:er|ère)|dirigeant(?:e)?|responsable|patron(?:ne)?|représentant(?:e)?|gouverneur|roi|reine|prince(?:sse)?|pape|juge|procureur(?:e)?|avocat(?:e)?|commandant|général|amiral|colonel|fondat(?:eur|rice)|pdg|coordinat(?:eur|rice)|délégué(?:e)?|envoyé(?:e)?|émissaire|négociat(?:eur|rice)|rapport(?:eur|euse)|leader|opposant(?:e)?|militant(?:e)?|expert(?:e)?|cherch(?:eur|euse)|professeur(?:e)?|analyste|économiste|politologue|historien(?:ne)?|sociologue|médecin|épidémiologiste|journaliste|correspondant(?:e)?|entraîneur|sélectionneur|capitaine|candidat(?:e)?|élu(?:e)?|préfète?|inspect(?:eur|rice)|haut-commissaire|numéro (?:un|deux)|homologue|adjoint(?:e)?|membre|habitant(?:e)?|riverain(?:e)?|syndicaliste|trésori(?:er|ère)|rect(?:eur|rice)|doyen(?:ne)?|spécialiste|consultant(?:e)?|gérant(?:e)?|secrétaire d['’]État)(?![\p{L}\p{N}])/iu;

/** Capitalised words that start sentences or name institutions and places, not persons (lower case). */
export const NOT_A_NAME: ReadonlySet<string> = new Set(
  `le la les l un une des du de d ce cette ces cet il elle ils elles nous vous on je tu selon après avant lors pour dans depuis alors mais et ou en au aux par sur sous avec sans concernant notant s'exprimant certains certaines cela ceci tout tous toutes aucun aucune plusieurs chaque son sa ses leur leurs notre nos votre vos mon ma mes quand lorsque si comme ainsi enfin puis ensuite outre malgré face entre vers chez contre jusqu là ici oui non mardi lundi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre conseil union commission affaires défense alliance états etats unis nations unies premier première président présidente ministre ministère cour parlement assemblée sénat organisation république royaume maison blanche kremlin europe asie afrique amérique océan mer sud nord est ouest centre orient moyen proche extrême pacte traité sommet forum fonds banque agence armée forces garde état gouvernement secrétaire général générale chef chancelier conseiller haut haute représentant comité bureau office institut université groupe parti front rassemblement mouvement association fédération ligue coupe jeux olympiques internationale international européen européenne américain américaine fondation saint sainte palais élysée matignon bercy quai place rue boulevard avenue monsieur madame dieu`.split(
    ' ',
  ),
);
/** Lower-case particles inside a person's name (« Ursula von der Leyen », « Charles de Gaulle »). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'du',
  'des',
  'von',
  'van',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'el',
  'al',
  'ben',
  'bin',
  'ibn',
]);
const NAME_TOKEN = /^\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)*$/u;

/** A person named in the article, with the role the text gives them. */
export interface Person {
  name: string;
  role?: string;
}

interface NameRun {
  name: string;
  tokens: string[];
  start: number;
  end: number;
}

/** Runs of capitalised words that may be a person's name, in order. */
export function nameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  const words = [...text.matchAll(/[^\s]+/g)];
  let current: { tokens: string[]; start: number; end: number } | undefined;
  const close = () => {
    if (current) {
      // A particle cannot end a name ("Charles de").
      while (current.tokens.length > 0 && NAME_PARTICLES.has(current.tokens.at(-1) ?? ''))
        current.tokens.pop();
      if (current.tokens.length > 0) runs.push({ name: current.tokens.join(' '), ...current });
    }
    current = undefined;
  };
  for (const word of words) {
    const raw = word[0];
    const start = word.index ?? 0;
    const leading = /^[«"“([]/.test(raw);
    const unopened = raw.replace(/^[«"“([]+/, '');
    const token = trimEndMatching(unopened, /[»"”)\].,;:!?…]/);
    const trailing = token !== unopened;
    if (leading) close();
    // "États-Unis" is a place: every part of a compound is checked.
    const isName =
      NAME_TOKEN.test(token) &&
      !token
        .toLowerCase()
        .split('-')
        .some((part) => NOT_A_NAME.has(part));
    if (isName) {
      current ??= { tokens: [], start, end: start };
      current.tokens.push(token);
      // The name ends before its punctuation: "Oliver," ends at "r".
      current.end = start + (raw.length - unopened.length) + token.length;
    } else if (current && NAME_PARTICLES.has(token) && !trailing) {
      current.tokens.push(token);
    } else {
      close();
    }
    if (trailing) close();
  }
  close();
  return runs;
}

function cleanRole(role: string): string | undefined {
  const trimmed = role
    .trim()
    .replace(/^(?:le|la|les|l['’])\s*/iu, '')
    .replace(/[,;:]$/, '')
    .trim();
  return trimmed !== '' && ROLE_NOUNS.test(trimmed) && trimmed.split(/\s+/).length <= 10
    ? trimmed
    : undefined;
}

/** The role phrase right before a name: "… a participé le ministre des Affaires étrangères de Kiev, " → "ministre des Affaires étrangères de Kiev". */
function roleBefore(before: string): string | undefined {
  const segment =
    before
      .replace(/,\s*$/, '')
      .split(/[,;:«»"“”()]/)
      .at(-1) ?? '';
  const determiners = [...segment.matchAll(/(?:^|\s)(?:(?:le|la)\s+|l['’]\s*)(?=\S)/giu)];
  for (const determiner of determiners.reverse()) {
    const role = cleanRole(segment.slice((determiner.index ?? 0) + determiner[0].length));
    if (role && /^\p{Ll}|^Premier|^Première|^Haut/u.test(role)) return role;
  }
  return undefined;
}

/** The role phrase right after a name: ", secrétaire général de l’OTAN," → "secrétaire général de l’OTAN". */
function roleAfter(after: string): string | undefined {
  const match = /^\s*,\s*([^,;:.«»"“”()]+)/u.exec(after);
  if (!match?.[1] || !/^\p{Ll}/u.test(match[1])) return undefined;
  const role = cleanRole(match[1]);
  // The role noun must open the phrase: ", a mis les alliés" is a verb.
  return role && ROLE_NOUNS.exec(role)?.index === 0 ? role : undefined;
}

/**
 * The persons an article names, with their roles: built from the text
 * before quotations are attributed, so that "a déclaré Stoltenberg" finds
 * "Jens Stoltenberg" and "le secrétaire général de l’OTAN" finds who holds
 * the title.
 */
export class PersonRegistry {
  private readonly persons: Person[] = [];

  constructor(texts: readonly string[]) {
    for (const text of texts) {
      for (const run of nameRuns(text)) {
        if (run.tokens.length < 2) continue;
        const role = roleBefore(text.slice(0, run.start)) ?? roleAfter(text.slice(run.end));
        this.remember({ name: run.name, ...(role ? { role } : {}) });
      }
    }
  }

  private remember(person: Person): void {
    const known = this.persons.find((p) => p.name === person.name);
    if (!known) this.persons.push(person);
    else if (!known.role && person.role) known.role = person.role;
  }

  /** The full name for a surname or a name ("Stoltenberg" → "Jens Stoltenberg"). */
  find(name: string): Person | undefined {
    const exact = this.persons.find((p) => p.name === name);
    if (exact) return exact;
    const last = name.split(/\s+/).at(-1) ?? name;
    const candidates = this.persons.filter((p) => p.name.endsWith(` ${last}`));
    // Two persons with the same surname: the text does not say which one.
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  /** The person the text gave this role to ("secrétaire général de l’OTAN"). */
  withRole(role: string): Person | undefined {
    const key = foldKey(role);
    const holders = this.persons.filter((p) => p.role && foldKey(p.role) === key);
    return holders.length === 1 ? holders[0] : undefined;
  }

  /**
   * The first person named in a sentence: a full name, or a surname the
   * article gives in full elsewhere.
   */
  firstIn(sentence: string): Person | undefined {
    for (const run of nameRuns(sentence)) {
      const known = this.find(run.name);
      if (known) return known;
    }
    return undefined;
  }
}

/** The attribution of a speaker, completed from what the article says of them. */
export function attributionFor(person: Person, role?: string): Attribution {
  const finalRole = role ?? person.role;
  return { name: person.name, ...(finalRole ? { role: finalRole } : {}) };
}

/** The sentences of a list of paragraphs, nearest last. */
export function sentencesOf(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((paragraph) => splitSentences(paragraph).map((sentence) => sentence.text));
}

const CAPTION_START =
  /^(?:de gauche à droite|sur (?:cette|la) (?:photo|image)|ci-dessus|ci-contre|photo d['’]illustration|image d['’]illustration)(?![\p{L}\p{N}])/iu;

/**
 * Whether a paragraph is the caption of a picture the page had: "De gauche
 * à droite : …", "Sur cette photo …", or a list of people with their roles
 * and no verb ("Le secrétaire général de l’OTAN Jens Stoltenberg, le
 * président des États-Unis Joe Biden et …").
 */
export function isCaptionParagraph(text: string): boolean {
  if (CAPTION_START.test(text)) return true;
  const items = trimEndMatching(text, /[.\s]/).split(/(?<!\s)\s*,\s*|(?<!\s)\s+et\s+/u);
  if (items.length < 3) return false;
  return items.every((item) => {
    const last = nameRuns(item).at(-1);
    if (!last || last.end !== item.length || last.tokens.length < 2) return false;
    return last.start === 0 || /^(?:le|la|les|l['’])\s*/iu.test(item);
  });
}
