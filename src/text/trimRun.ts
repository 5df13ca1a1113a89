// End-anchored trims such as `text.replace(/[.\s]+$/, '')` are quadratic in
// V8: the engine tries the pattern from every position of a long run of those
// characters that does not reach the end ("a" + "." × 50 000 + "a"). These
// loops read each character once.

/** Where the character that ends at `end` starts (a surrogate pair is one character). */
function previousStart(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (end >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return end - 2;
  }
  return end - 1;
}

/** Where the character that starts at `start` ends. */
function nextEnd(text: string, start: number): number {
  const high = text.charCodeAt(start);
  if (high >= 0xd800 && high <= 0xdbff && start + 1 < text.length) {
    const low = text.charCodeAt(start + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return start + 2;
  }
  return start + 1;
}

/**
 * The text without the run of characters at its end that `character` (a
 * pattern for one character, without the `g` or `y` flag) matches:
 * `trimEndMatching(text, /[.\s]/)` does what `text.replace(/[.\s]+$/, '')`
 * does, in linear time.
 */
export function trimEndMatching(text: string, character: RegExp): string {
  let end = text.length;
  while (end > 0) {
    const start = previousStart(text, end);
    if (!character.test(text.slice(start, end))) break;
    end = start;
  }
  return text.slice(0, end);
}

/** The text without the run of characters at its start that `character` matches (as `trimEndMatching`, at the start). */
export function trimStartMatching(text: string, character: RegExp): string {
  let start = 0;
  while (start < text.length) {
    const end = nextEnd(text, start);
    if (!character.test(text.slice(start, end))) break;
    start = end;
  }
  return text.slice(start);
}
