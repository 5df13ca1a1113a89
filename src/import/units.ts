import { matchBoilerplate } from './boilerplate';
import { endsWithTerminalPunctuation, type SourceLine } from './normalise';
import { splitGluedTeaser } from './teasers';

/** A paragraph-to-be: the text of one block of lines, or of one bullet. */
export interface TextUnit {
  text: string;
  lines: SourceLine[];
  /** A blank line stands before this unit: it opens a block of the text. */
  opensBlock: boolean;
  /** The unit is a list item; its marker is removed from `text`. */
  bullet?: { ordered: boolean };
}

// "- item", "• item", "* item", "1. item", "2) item". An en or em dash opens
// a line of dialogue in French, not a list item.
const BULLET = /^(?:[-•*·▪►●]\s+|(\d{1,2})[.)]\s+(?=\S))/u;

/** The text of a list item without its marker, or undefined for a line that is not one. */
function readBullet(text: string): { text: string; ordered: boolean } | undefined {
  const match = BULLET.exec(text);
  if (!match) return undefined;
  return { text: text.slice(match[0].length).trim(), ordered: match[1] !== undefined };
}

function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

function join(previous: string, next: string): string {
  // "porte-\nparole" was one word cut at its hyphen.
  if (/\p{L}-$/u.test(previous) && startsLowerCase(next)) return `${previous}${next}`;
  return `${previous} ${next}`;
}

// Text cut at a fixed width (wire copy, e-mail): every line but the last
// fills about the same width, and some line visibly breaks a sentence.
function isHardWrapped(lines: readonly SourceLine[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  const fills = body.every((line) => line.text.length >= 40 && line.text.length <= 100);
  const breaksSentence = body.some(
    (line, index) => !endsWithTerminalPunctuation(line.text) && startsLowerCase(lines[index + 1]?.text ?? ''),
  );
  return fills && breaksSentence;
}

/**
 * Turns a block of consecutive text lines into units. Each line is a
 * paragraph of its own (scraped pages often separate paragraphs with one line
 * break), except where a line plainly goes on: no final punctuation and a
 * lower-case start on the next line, or a block cut at a fixed width.
 */
function blockToUnits(lines: readonly SourceLine[]): TextUnit[] {
  const units: TextUnit[] = [];
  const wrapped = isHardWrapped(lines.filter((line) => !readBullet(line.text)));
  for (const line of lines) {
    const bullet = readBullet(line.text);
    const previous = units.at(-1);
    if (bullet) {
      if (bullet.text !== '') {
        units.push({
          text: bullet.text,
          lines: [line],
          opensBlock: false,
          bullet: { ordered: bullet.ordered },
        });
      }
      continue;
    }
    const goesOn =
      previous &&
      !previous.bullet &&
      // A line of furniture stands alone ("a", "Partager"), whatever its case.
      !matchBoilerplate(line.text) &&
      !(previous.lines.length === 1 && matchBoilerplate(previous.text)) &&
      (wrapped ||
        (!endsWithTerminalPunctuation(previous.text) &&
          !previous.text.endsWith(':') &&
          startsLowerCase(line.text)));
    if (previous && goesOn) {
      previous.text = join(previous.text, line.text);
      previous.lines.push(line);
    } else {
      units.push({ text: line.text, lines: [line], opensBlock: false });
    }
  }
  if (units[0]) units[0].opensBlock = true;
  return units;
}

/** The units of a text: its blocks (runs of lines between blank lines), each cut into units. */
export function readUnits(source: readonly SourceLine[]): TextUnit[] {
  // A teaser glued to the paragraph after it is two lines of the page.
  const lines = source.flatMap((line) => {
    const parts = splitGluedTeaser(line.text);
    return parts ? parts.map((text) => ({ number: line.number, text })) : [line];
  });
  const units: TextUnit[] = [];
  let start = 0;
  for (let index = 0; index <= lines.length; index += 1) {
    if (index < lines.length && lines[index]?.text !== '') continue;
    if (index > start) units.push(...blockToUnits(lines.slice(start, index)));
    start = index + 1;
  }
  return units;
}
