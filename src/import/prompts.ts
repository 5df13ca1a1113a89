import { detectForeignLanguage } from './language';

// Texts that went through a writing tool sometimes keep the instructions
// given to it: on a line of their own ("Make this article seo compatible,
// Let there be subheadings…") or glued to the headline ("Customize this
// title in frenchL’OTAN réitère…").

// What an instruction opens with, after an optional "please".
const ENGLISH_OPENINGS = [
  ...'make write rewrite re-write create generate customise customize translate paraphrase rephrase reword summarise summarize add use include optimise optimize improve expand ensure keep give provide avoid'.split(
    ' ',
  ),
  'let there be',
  'do not',
  "don't",
];

function startsWithEnglishImperative(text: string): boolean {
  const lower = text.toLowerCase();
  const please = /^please\s+/.exec(lower);
  const rest = please ? lower.slice(please[0].length) : lower;
  return ENGLISH_OPENINGS.some(
    (opening) => rest.startsWith(opening) && !/[a-z0-9_]/.test(rest.charAt(opening.length)),
  );
}
const ENGLISH_TOOL_WORDS =
  /\b(?:articles?|titles?|headlines?|seo|words?|french|english|subheadings?|sub-headings?|headings?|paragraphs?|keywords?|tone|plagiarism|blog|post|meta description|rewrite|humani[sz]e)\b/i;
const FRENCH_IMPERATIVE =
  /^(?:réécris|réécrivez|rédige|rédigez|traduis|traduisez|reformule|reformulez|génère|générez|optimise|optimisez|personnalise|personnalisez|paraphrase|paraphrasez)\b/iu;
const FRENCH_TOOL_WORDS =
  /(?<![\p{L}\p{N}])(?:article|titre|texte|seo|référencement|mots|français|anglais|intertitres?|sous-titres?|paragraphes?|mots-clés)(?![\p{L}\p{N}])/iu;
// What a writing tool says around its answer.
const TOOL_CHATTER = [
  /^here(?:'s| is) (?:the|your|an?|my) (?:[\w-]+ ){0,3}(?:article|title|headline|version|text|rewrite)\b.{0,80}$/i,
  /^voici (?:l['’]|le |la |une |un |votre |ton )?(?:[\p{L}-]+ ){0,3}(?:article|titre|version|texte)\b.{0,80}$/iu,
  /^as an ai\b.{0,200}$/i,
  /^en tant qu['’](?:ia|intelligence artificielle|assistant|modèle)\b.{0,200}$/iu,
];

/**
 * Whether a whole line is an instruction to a writing tool, or its chatter.
 * An English instruction must read as English, so a French sentence that
 * starts with "Make" (a name) is kept.
 */
export function isWritingPrompt(text: string): boolean {
  if (text.length > 400) return false;
  if (startsWithEnglishImperative(text) && ENGLISH_TOOL_WORDS.test(text)) {
    return detectForeignLanguage(text, 'fr') === 'en';
  }
  if (FRENCH_IMPERATIVE.test(text) && FRENCH_TOOL_WORDS.test(text)) return text.length <= 300;
  return isAssent(text) || TOOL_CHATTER.some((pattern) => pattern.test(text));
}

// "Sure! Here is the rewritten article:": an assent, then what the tool gives, in one short line.
const ASSENT = /^(?:sure|certainly|of course|absolutely)(?![a-z0-9_])[!,.]?/i;
const GIVEN = /(?<![a-z0-9_])(?:here's|here is|article|title|version)(?![a-z0-9_])/gi;

function isAssent(text: string): boolean {
  const assent = ASSENT.exec(text);
  if (!assent) return false;
  const rest = text.slice(assent[0].length);
  for (const given of rest.matchAll(GIVEN)) {
    const at = given.index ?? 0;
    if (at > 120) return false;
    if (rest.length - at - given[0].length <= 80) return true;
  }
  return false;
}

const ENGLISH_PREFIX =
  /^(?:please\s+)?(?:customi[sz]e|rewrite|re-write|rephrase|paraphrase|reword|translate|optimi[sz]e|improve|write|make|generate|create)\s+(?:(?:this|the|a|an|my)\s+)?(?:seo\s+)?(?:title|headline|heading|article|text)(?:\s+(?:in|into|to|for)\s+(?:french|english|seo))*\s*[:\-–—.]?\s*/i;
const FRENCH_PREFIX =
  /^(?:personnalise[rz]?|réécri[rst]z?|réécrivez|reformule[rz]?|tradui[rst]|traduisez|optimise[rz]?)\s(?:ce |le |cet |l['’] ?)(?:titre|article|texte)(?:\sen\s(?:français|anglais))?(?:\s?[:\-–—.])?\s?/iu;
const LABEL_PREFIX = /^(?:titre|title|headline)\s*:\s*/iu;

/**
 * Cuts a prompt or a label glued to the front of a headline:
 * "Customize this title in frenchL’OTAN réitère…" → "L’OTAN réitère…".
 * Returns the prefix that was cut, if any.
 */
export function stripHeadlinePrompt(text: string): { headline: string; prefix?: string } {
  for (const pattern of [ENGLISH_PREFIX, FRENCH_PREFIX, LABEL_PREFIX]) {
    const match = pattern.exec(text);
    // "in frenchL’OTAN" is glued; "in frenchman" would be a word going on.
    const gluedToWord = match && /\p{L}$/u.test(match[0]) && /^\p{Ll}/u.test(text.slice(match[0].length));
    if (match && !gluedToWord && match[0].length < text.length) {
      return { headline: text.slice(match[0].length).trim(), prefix: match[0].trim() };
    }
  }
  return { headline: text };
}
