import type { Author } from '../model';
import type { DiagnosticLog } from './diagnostics';
import { readSignatureLine } from './metadata';
import { endsWithTerminalPunctuation, foldKey, wordCount } from './normalise';
import { isCaptionParagraph } from './people';
import { stripHeadlinePrompt } from './prompts';
import { repairPunctuation } from './punctuation';
import { readStandaloneQuote } from './quotes';
import { splitSentences } from './sentences';
import type { TextUnit } from './units';

// French headlines take no full stop; an ellipsis or a question stays.
export function withoutFinalStop(text: string): string {
  return text.replace(/(?<!\.)\.$/, '');
}

function sameText(a: string, b: string): boolean {
  const key = (text: string) => foldKey(text).replace(/[\s.…!?:;,]+$/u, '');
  return key(a) === key(b);
}

// A headline is one line of at most two hundred characters, one sentence.
function isHeadlineLike(unit: TextUnit): boolean {
  const text = unit.text;
  if (unit.bullet || text.length > 200) return false;
  if (text.endsWith('.') && text.length > 150) return false;
  return splitSentences(text).length === 1 || text.length <= 120;
}

// A kicker (surtitre) or a breadcrumb entry above the headline: "International", "Guerre en Ukraine".
function isKickerLike(unit: TextUnit): boolean {
  return !unit.bullet && wordCount(unit.text) <= 4 && unit.text.length <= 40 && !/[.!?:;,…]$/.test(unit.text);
}

/**
 * How many short lines stand above the headline: a kicker, or the entries
 * of a breadcrumb printed one per line ("Actualité", "Monde", "Guerre en
 * Ukraine"). They count only when a headline follows them.
 */
function countKickers(units: readonly TextUnit[]): number {
  let count = 0;
  while (units[count] && isKickerLike(units[count] as TextUnit)) count += 1;
  const headline = units[count];
  if (count === 0 || !headline || !isHeadlineLike(headline) || headline.text.endsWith('.')) return 0;
  return count;
}

// Words that tie a paragraph to what comes before: it goes on, it does not sum up.
const CONTINUATION =
  /^(?:mais|et|or|pourtant|cependant|toutefois|ainsi|alors|puis|ensuite|enfin|par ailleurs|en outre|de plus|il|elle|ils|elles|ce|cela|ceci|c['’]est)(?![\p{L}\p{N}])/iu;

// The chapô (standfirst) is the first paragraph after the headline when it
// sums up the article, as French pages print it:
// - set apart from the body by a dropped line (an ad marker, a byline, a
//   share bar, the headline repeated), and short: three sentences, 400
//   characters at most; or
// - one sentence of at most 260 characters that opens the text on its own
//   (not "Il…", "Mais…"), followed by at least two paragraphs: the summary
//   sentence of wire copy.
function isStandfirst(unit: TextUnit, following: readonly TextUnit[]): boolean {
  const next = following[0];
  if (!next || unit.bullet) return false;
  if (readStandaloneQuote(unit.text) !== undefined || /^[«"“]/.test(unit.text)) return false;
  const sentences = splitSentences(unit.text).length;
  if (next.separatedBefore) {
    // Some pages print the chapô without a final full stop.
    const finished = endsWithTerminalPunctuation(unit.text) || wordCount(unit.text) >= 10;
    return finished && unit.text.length <= 400 && sentences <= 3;
  }
  if (!endsWithTerminalPunctuation(unit.text)) return false;
  return sentences === 1 && unit.text.length <= 260 && following.length >= 2 && !CONTINUATION.test(unit.text);
}

/** The headline read from the first units, and where the rest begins. */
export interface HeadlineReading {
  headline: string;
  /** The text had a headline; otherwise `headline` is the first sentence, standing in. */
  found: boolean;
  /** A kicker above the headline (surtitre), read as the section. */
  kicker?: string;
  /** Index of the first unit after the headline. */
  next: number;
}

/** Reads the kicker, the headline (prompts glued to it cut off), or reports that there is none. */
export function readHeadline(units: readonly TextUnit[], log: DiagnosticLog): HeadlineReading {
  const start = countKickers(units);
  const kicker = start > 0 ? units[start - 1] : undefined;
  for (const entry of units.slice(0, Math.max(0, start - 1))) {
    log.add(
      'boilerplate',
      'info',
      'Dropped: navigation text (a breadcrumb above the headline).',
      entry.lines,
      'navigation',
    );
  }
  if (kicker) {
    log.add(
      'section-kicker',
      'info',
      `"${kicker.text}" above the headline was read as the section.`,
      kicker.lines,
    );
  }
  const unit = units[start];
  const withKicker = kicker ? { kicker: kicker.text } : {};
  if (unit && isHeadlineLike(unit)) {
    const stripped = stripHeadlinePrompt(unit.text);
    if (stripped.prefix) {
      log.add(
        'headline-prompt-removed',
        'warning',
        `"${stripped.prefix}" was cut from the front of the headline.`,
        unit.lines,
      );
    }
    return {
      headline: withoutFinalStop(repairPunctuation(stripped.headline)),
      found: true,
      next: start + 1,
      ...withKicker,
    };
  }
  const firstSentence = unit ? (splitSentences(unit.text)[0]?.text ?? '') : '';
  log.add(
    'headline-missing',
    'error',
    firstSentence
      ? 'No headline was found: the first sentence stands in for it until an editor writes one.'
      : 'No headline was found.',
    unit?.lines ?? [],
  );
  return {
    headline: withoutFinalStop(repairPunctuation(firstSentence)),
    found: false,
    next: start,
    ...withKicker,
  };
}

/** The units without the headline repeated (often as a bullet); the unit after a repetition counts as set apart. */
export function dropRepeatedHeadline(
  units: readonly TextUnit[],
  headline: string,
  log: DiagnosticLog,
): TextUnit[] {
  const kept: TextUnit[] = [];
  let afterDrop = false;
  for (const unit of units) {
    if (sameText(unit.text, headline)) {
      log.add('headline-repeated', 'info', 'A repetition of the headline was dropped.', unit.lines);
      afterDrop = true;
      continue;
    }
    kept.push(afterDrop ? { ...unit, separatedBefore: true } : unit);
    afterDrop = false;
  }
  return kept;
}

/** Takes the chapô out of the units, when the first one is one. */
export function takeStandfirst(units: TextUnit[], log: DiagnosticLog): string | undefined {
  const first = units[0];
  if (!first || !isStandfirst(first, units.slice(1))) return undefined;
  units.shift();
  log.add('standfirst', 'info', 'The first paragraph was read as the standfirst (chapô).', first.lines);
  // "GUERRE Le président ukrainien a…": a label in capitals glued to the chapô.
  const label = /^\p{Lu}{3,}(?:[\s-]\p{Lu}{2,}){0,2}\s+(?=\p{Lu}\p{Ll})/u.exec(first.text);
  if (label)
    log.add(
      'standfirst',
      'info',
      `The label "${label[0].trim()}" was cut from the front of the standfirst.`,
      first.lines,
    );
  return repairPunctuation(label ? first.text.slice(label[0].length) : first.text);
}

/**
 * Takes out the author's signature repeated at the end ("Jean-Pierre
 * Stroobants (Bruxelles, correspondant)"), which one more line of the page's
 * footer may follow.
 */
export function takeSignature(units: TextUnit[], log: DiagnosticLog): Author | undefined {
  for (const index of [units.length - 1, units.length - 2]) {
    const unit = units[index];
    if (index <= 0 || !unit || unit.bullet) continue;
    const signature = readSignatureLine(unit.text);
    if (!signature) continue;
    units.splice(index, 1);
    log.add('byline', 'info', `Signature at the end: ${signature.name}.`, unit.lines);
    return signature;
  }
  return undefined;
}

/** Takes out the captions of the page's pictures: they are not body text. */
export function takeCaptions(units: TextUnit[], log: DiagnosticLog): string[] {
  const captions: string[] = [];
  for (let index = units.length - 1; index >= 0; index -= 1) {
    const unit = units[index];
    if (unit && !unit.bullet && isCaptionParagraph(unit.text)) {
      captions.unshift(unit.text);
      units.splice(index, 1);
      log.add('caption', 'info', 'An image caption was taken out of the body.', unit.lines);
    }
  }
  return captions;
}
