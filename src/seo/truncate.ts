import { trimEndMatching } from '../text';

// Where a line may break. No-break spaces are left out on purpose: French
// typography puts them before « : ; ! ? » and inside guillemets, and cutting
// there would strand the punctuation.
const BREAKABLE_SPACE = /[ \t\n\r\f\v\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]/;
// Trailing characters that read badly right before an ellipsis.
const DANGLING = /[\s\u00a0\u202f\u2007,;:.…\-–—«([]/u;
const ELLIPSIS = '…';

/**
 * Shortens text to at most `max` UTF-16 code units (so that every length
 * counter agrees), cutting at a word boundary and ending with « … ». Text that
 * already fits is returned unchanged. A single word longer than `max` is cut
 * inside the word, never inside a surrogate pair.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  if (room <= 0) return ELLIPSIS.slice(0, Math.max(0, max));
  let end = room;
  // Never split an emoji or any astral character in two.
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  let cut = end;
  // The character right after the cut tells whether the cut is already at a boundary.
  if (!BREAKABLE_SPACE.test(text.charAt(end))) {
    let boundary = end;
    while (boundary > 0 && !BREAKABLE_SPACE.test(text.charAt(boundary - 1))) boundary -= 1;
    if (boundary > 0) cut = boundary - 1;
  }
  const kept = trimEndMatching(text.slice(0, cut), DANGLING);
  return `${kept === '' ? text.slice(0, end) : kept}${ELLIPSIS}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
