import { endsWithTerminalPunctuation, foldKey, wordCount } from './normalise';
import { readStandaloneQuote } from './quotes';
import { splitSentences } from './sentences';
import type { TextUnit } from './units';

// French headlines take no full stop; an ellipsis or a question stays.
export function withoutFinalStop(text: string): string {
  return text.replace(/(?<!\.)\.$/, '');
}

export function sameText(a: string, b: string): boolean {
  const key = (text: string) => foldKey(text).replace(/[\s.…!?:;,]+$/u, '');
  return key(a) === key(b);
}

// A headline is one line of at most two hundred characters, one sentence.
export function isHeadlineLike(unit: TextUnit): boolean {
  const text = unit.text;
  if (unit.bullet || text.length > 200) return false;
  if (text.endsWith('.') && text.length > 150) return false;
  return splitSentences(text).length === 1 || text.length <= 120;
}

// A kicker (surtitre) names the section above the headline: "International".
export function isKicker(unit: TextUnit, next: TextUnit | undefined): boolean {
  if (!next || unit.bullet || wordCount(unit.text) > 3 || unit.text.length > 30) return false;
  if (/[.!?:;,…]$/.test(unit.text)) return false;
  return isHeadlineLike(next) && !next.text.endsWith('.') && next.text.length > unit.text.length;
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
export function isStandfirst(unit: TextUnit, following: readonly TextUnit[]): boolean {
  const next = following[0];
  if (!next || unit.bullet || !endsWithTerminalPunctuation(unit.text)) return false;
  if (readStandaloneQuote(unit.text) !== undefined || /^[«"“]/.test(unit.text)) return false;
  const sentences = splitSentences(unit.text).length;
  if (next.separatedBefore) return unit.text.length <= 400 && sentences <= 3;
  return sentences === 1 && unit.text.length <= 260 && following.length >= 2 && !CONTINUATION.test(unit.text);
}
