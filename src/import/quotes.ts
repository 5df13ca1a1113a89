import { trimEndMatching, trimStartMatching } from '../text';
import { nameRuns, ROLE_NOUNS } from './people';

// Word boundaries are written (?<![\p{L}\p{N}]) and (?![\p{L}\p{N}]): JavaScript's \b
// knows only ASCII letters, so /déclaré\b/ never matches "déclaré".

/** What an attribution clause says of the speaker, before the article's persons are looked up. */
export type SpeakerClue =
  /** "a-t-il déclaré", "selon elle": the speaker is named before. */
  | { kind: 'pronoun' }
  /** "a déclaré le secrétaire général de l’OTAN, Jens Stoltenberg": a name, a role, or both. */
  | { kind: 'named'; name?: string; role?: string; phrase: string };

/** A paragraph that is one quotation and its attribution, nothing more. */
export interface StandaloneQuote {
  /** The quoted words, without the outer quotation marks. */
  text: string;
  /** What the paragraph says of the speaker; undefined when it says nothing. */
  clue?: SpeakerClue;
}

const CLOSING: Record<string, string> = { '«': '»', '“': '”', '"': '"', '„': '“', '‹': '›' };

interface QuotationParts {
  lead: string;
  quote: string;
  tail: string;
}

function splitQuotation(text: string): QuotationParts | undefined {
  const open = text.search(/[«“"„‹]/);
  if (open < 0) return undefined;
  const opening = text.charAt(open);
  const closing = CLOSING[opening] ?? opening;
  let depth = 0;
  for (let index = open + 1; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (character === closing) {
      if (depth === 0) {
        return {
          lead: text.slice(0, open).trim(),
          quote: text.slice(open + 1, index).trim(),
          tail: text.slice(index + 1).trim(),
        };
      }
      depth -= 1;
    } else if (character === opening && opening !== closing) {
      depth += 1;
    }
  }
  return undefined;
}

// Verbs of saying, as past participles ("a déclaré") and present forms ("déclare-t-il").
const PARTICIPLES =
  'déclaré|dit|affirmé|souligné|ajouté|expliqué|estimé|indiqué|assuré|insisté|lancé|poursuivi|confié|prévenu|averti|martelé|rappelé|précisé|réagi|conclu|résumé|commenté|répondu|tweeté|écrit|reconnu|admis|promis|noté|observé|jugé|regretté|dénoncé|déploré|annoncé|confirmé|avoué|raconté|témoigné|relevé|remarqué|soutenu|ironisé|demandé|détaillé|glissé|soufflé|lâché|tranché|critiqué|salué|exhorté|plaidé|argué|fait valoir|fait savoir|tonné|fustigé|analysé|développé|rétorqué|objecté|répliqué|protesté|plaisanté|avancé|mis en garde|nuancé|complété|renchéri|enchaîné|signalé|constaté|garanti|proclamé|clamé|confessé|asséné|souri|interrogé|prédit|décrit|redit|souhaité|espéré';
const PRESENTS =
  "déclare|dit|affirme|souligne|ajoute|explique|estime|indique|assure|insiste|lance|poursuit|confie|prévient|avertit|martèle|rappelle|précise|réagit|conclut|résume|commente|répond|tweete|écrit|reconnaît|reconnait|admet|promet|note|observe|juge|regrette|dénonce|déplore|annonce|confirme|avoue|raconte|témoigne|relève|remarque|soutient|ironise|demande|détaille|glisse|souffle|lâche|tranche|critique|salue|exhorte|plaide|argue|fait valoir|fait savoir|tonne|fustige|analyse|développe|rétorque|objecte|réplique|proteste|plaisante|avance|met en garde|sourit|nuance|complète|renchérit|enchaîne|signale|constate|garantit|proclame|clame|interroge|prédit|décrit|souhaite|espère|s[’']exclame|s[’']insurge|s[’']inquiète|s[’']interroge|se félicite|se réjouit|s[’']emporte|s[’']agace|disent|écrivent|préviennent|soutiennent|concluent|poursuivent|réagissent|reconnaissent|admettent|promettent|répondent|avertissent";
const PRESENT = `(?:${PRESENTS})(?:nt)?`;
const ADVERBS =
  "(?:(?:encore|également|aussi|ensuite|alors|d['’]abord|enfin|même|notamment|plus tard|toutefois|cependant|néanmoins|ainsi|aussitôt|simplement|récemment|déjà|pourtant|lui-même|elle-même|pour sa part|de son côté|quant à lui|quant à elle|plus tôt|immédiatement|clairement|fermement)\\s){0,4}";
const AUXILIARY = '(?:a|ont|avait|avaient|aurait|auraient)';
const PRONOUN = '(?:il|elle|on|ils|elles)';

// Spaces are collapsed before these run (one space between words), and no
// pattern ends with an unbounded run before `$`: each runs in linear time.
const INVERTED_PAST = new RegExp(
  `^${AUXILIARY}(?:-t)?-${PRONOUN}\\s${ADVERBS}(?:${PARTICIPLES})(?![\\p{L}\\p{N}])`,
  'iu',
);
const INVERTED_PRESENT = new RegExp(`^${PRESENT}(?:-t)?-${PRONOUN}(?![\\p{L}\\p{N}])`, 'iu');
const PAST_THEN_SPEAKER = new RegExp(`^${AUXILIARY}\\s${ADVERBS}(?:${PARTICIPLES})\\s`, 'iu');
const PRESENT_THEN_SPEAKER = new RegExp(`^${PRESENT}\\s${ADVERBS}`, 'iu');
const ACCORDING_TO = /^(?:selon|d['’]après|pour)\s/iu;

// The verb of a lead-in, wherever it stands: "Jens Stoltenberg a déclaré".
const LEAD_PAST = new RegExp(`\\s${AUXILIARY}\\s${ADVERBS}(?:${PARTICIPLES})(?![\\p{L}\\p{N}])`, 'iu');
const LEAD_PRESENT = new RegExp(`\\s${PRESENT}(?![\\p{L}\\p{N}])`, 'iu');

// Tenses that tell of a quotation from before the story (pluperfect) or that
// the story does not vouch for (conditional): "…», avait affirmé dimanche le
// ministre sur Twitter." The words around it are narration, not a credit line.
const NARRATIVE_AUXILIARY = /^(?:avait|avaient|aurait|auraient)(?![\p{L}\p{N}])/iu;

/** What follows a pattern's match: the speaker after "a déclaré", the rest after "a-t-il dit". */
function after(pattern: RegExp, text: string): string | undefined {
  const found = pattern.exec(text);
  return found ? text.slice(found.index + found[0].length).trim() : undefined;
}

/** The subject before a lead-in's verb: "Jens Stoltenberg" in "Jens Stoltenberg a déclaré". */
function subjectBefore(pattern: RegExp, text: string): string | undefined {
  const found = pattern.exec(text);
  return found && found.index > 0 ? text.slice(0, found.index).trim() : undefined;
}
const LEAD_ELLIPTIC = /^(?:et|avant|puis|pour|afin)\s+d['’]\p{L}+(?:\s+\p{L}+)?$/iu;

// Words that open the circumstances after the speaker: "a déclaré Stoltenberg lors d’une conférence".
const CIRCUMSTANCE =
  /\s(?:lors|dans|devant|pendant|durant|au cours|à l['’]issue|en marge|après|avant|depuis|sur|via|au micro|à la tribune|à la fin|en conférence|en réponse|au terme|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin|ce soir|à\s(?:l['’]AFP|la presse|des journalistes|Bruxelles|Paris|Kiev|Kyiv|Washington))(?![\p{L}\p{N}])/u;

/** The phrase without the circumstances that end it: "Stoltenberg lors d’une conférence" → "Stoltenberg". */
function withoutCircumstance(phrase: string): string {
  const found = CIRCUMSTANCE.exec(phrase);
  return found ? phrase.slice(0, found.index) : phrase;
}
const LEADING_TIME =
  /^(?:(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir|midi|après-midi))?|hier(?:\s+soir)?|aujourd['’]hui|ce\s+(?:matin|soir|midi)|cette\s+semaine|à\s+(?:l['’]AFP|la presse|des journalistes|les journalistes|la télévision|la radio)|aux\s+journalistes)\s*,?\s+)+/iu;
// A participle that carries the narration on ("…, a-t-il dit, mentionnant que…").
const NARRATION_GOES_ON =
  /,\s*(?!(?:pendant|avant|durant|devant|cependant|maintenant|pourtant|auparavant)(?![\p{L}\p{N}]))\p{L}+ant(?![\p{L}\p{N}])/iu;
const ROLE_DETERMINER = /^(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur)\s*/iu;

// What may follow the speaker: circumstances ("dans son discours d’ouverture",
// "lors d’une conférence de presse", "mardi"), not more narration ("avant de
// quitter la salle", "ajoutant que…").
const CIRCUMSTANCE_PART =
  /^(?:dans|lors|devant|pendant|durant|au cours|à l['’]issue|en marge|à|au|aux|sur|après(?!\s+avoir)|avant(?!\s+d['’e])|depuis|via|ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui)(?![\p{L}\p{N}])/iu;

function isCircumstance(part: string): boolean {
  return part === '' || CIRCUMSTANCE_PART.test(part);
}

function readSpeakerPhrase(text: string): SpeakerClue | undefined {
  const rest = text.replace(LEADING_TIME, '').trim();
  if (/^(?:lui|elle|eux|elles|il|ils)(?:-mêmes?)?$/iu.test(rest)) return { kind: 'pronoun' };
  const parts = rest.split(/(?<!\s)\s*,\s*/);
  const [first = '', second = ''] = parts;
  const phrase = withoutCircumstance(first).trim();
  if (phrase === '') return undefined;

  let clue: SpeakerClue;
  let used = 1;
  if (ROLE_DETERMINER.test(phrase)) {
    // "le Premier ministre britannique Boris Johnson": a role, then a name.
    const last = nameRuns(phrase).at(-1);
    if (last && last.end === phrase.length && last.start > 0 && last.tokens.length >= 2) {
      const role = phrase.slice(0, last.start).replace(ROLE_DETERMINER, '').trim();
      clue = { kind: 'named', name: last.name, role, phrase };
    } else {
      const role = phrase.replace(/^(?:le|la|les|l['’])\s*/iu, '').trim();
      if (!ROLE_NOUNS.test(role)) return undefined;
      // "le secrétaire général de l’OTAN, Jens Stoltenberg".
      const nameAfter = nameRuns(second)[0];
      const named = nameAfter?.start === 0 && nameAfter.end === second.length ? nameAfter.name : undefined;
      if (named) used = 2;
      clue = { kind: 'named', role, phrase, ...(named ? { name: named } : {}) };
    }
  } else {
    const run = nameRuns(phrase)[0];
    if (run?.start !== 0 || run.end !== phrase.length) return undefined;
    // "Jens Stoltenberg, secrétaire général de l’OTAN".
    const role =
      /^\p{Ll}/u.test(second) && ROLE_NOUNS.exec(second)?.index === 0
        ? withoutCircumstance(second).trim()
        : '';
    if (role) used = 2;
    clue = { kind: 'named', name: run.name, phrase: run.name, ...(role ? { role } : {}) };
  }
  return parts.slice(used).every(isCircumstance) ? clue : undefined;
}

/** Reads the clause after a quotation: ", a-t-il déclaré.", ", a déclaré Stoltenberg lors d’une conférence de presse." */
function readAttributionClause(tail: string): SpeakerClue | undefined {
  const clause = trimEndMatching(trimStartMatching(tail, /[\s,–—-]/), /[\s.]/).trim();
  if (clause === '' || clause.length > 160) return undefined;
  // Another quotation or reported speech: the paragraph tells more than who spoke.
  if (
    /[«»“”"„]/.test(clause) ||
    /(?<![\p{L}\p{N}])que(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])qu['’]/iu.test(clause) ||
    NARRATION_GOES_ON.test(clause)
  )
    return undefined;
  if (/[.!?;:]/.test(clause.replace(/(?<![\p{L}\p{N}])\p{Lu}\./gu, ''))) return undefined;

  if (NARRATIVE_AUXILIARY.test(clause)) return undefined;
  const rest = after(INVERTED_PAST, clause) ?? after(INVERTED_PRESENT, clause);
  if (rest !== undefined) {
    const circumstances = rest.startsWith(',') ? rest.slice(1).trim() : rest;
    return !circumstances.includes(',') && isCircumstance(circumstances) ? { kind: 'pronoun' } : undefined;
  }
  const speaker =
    after(PAST_THEN_SPEAKER, clause) ?? after(PRESENT_THEN_SPEAKER, clause) ?? after(ACCORDING_TO, clause);
  return speaker ? readSpeakerPhrase(speaker) : undefined;
}

/** Reads what comes before a quotation: "Jens Stoltenberg a déclaré :", "Selon elle :", "Et d’ajouter :". */
export function readLeadIn(lead: string): SpeakerClue | undefined {
  if (!lead.endsWith(':') || lead.length > 140) return undefined;
  const clause = lead.slice(0, -1).trim();
  if (/[«»“”"„]/.test(clause) || /[.!?;]/.test(clause.replace(/(?<![\p{L}\p{N}])\p{Lu}\./gu, '')))
    return undefined;
  if (LEAD_ELLIPTIC.test(clause)) return { kind: 'pronoun' };
  const according = after(ACCORDING_TO, clause);
  if (according) return readSpeakerPhrase(according);
  const subject = subjectBefore(LEAD_PAST, clause) ?? subjectBefore(LEAD_PRESENT, clause);
  if (!subject) return undefined;
  if (/^(?:il|elle|ils|elles|on)$/iu.test(subject)) return { kind: 'pronoun' };
  return readSpeakerPhrase(subject);
}

/**
 * Reads a paragraph that is a quotation standing alone: the quotation and
 * nothing else, the quotation and an attribution clause ("« … », a-t-il
 * déclaré."), or a lead-in and the quotation ("Il a ajouté : « … »"). A
 * paragraph that mixes a quotation with narration is not one.
 */
export function readStandaloneQuote(paragraph: string): StandaloneQuote | undefined {
  const parts = splitQuotation(paragraph);
  if (!parts) return undefined;
  const text = trimEndMatching(parts.quote, /[\s,]/).trim();
  if (text.split(/\s+/).length < 3) return undefined;
  const tailIsPunctuation = /^[\s.…,;]*$/.test(parts.tail);

  if (parts.lead === '') {
    if (tailIsPunctuation) return { text };
    if (!/^[,–—-]/.test(parts.tail) && !/^selon(?![\p{L}\p{N}])/iu.test(parts.tail)) return undefined;
    const clue = readAttributionClause(parts.tail);
    return clue ? { text, clue } : undefined;
  }
  if (!tailIsPunctuation) return undefined;
  const clue = readLeadIn(parts.lead);
  return clue ? { text, clue } : undefined;
}
