/**
 * The text without the full stops that stray after a sentence's end
 * ("déclaré. . Suite" → "déclaré. Suite"), in one pass; the dots of an
 * ellipsis are kept.
 */
function withoutStrayStops(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const character = text.charAt(index);
    out += character;
    index += 1;
    if (!'.!?…'.includes(character)) continue;
    for (;;) {
      let next = index;
      while (next < text.length && /\s/.test(text.charAt(next))) next += 1;
      if (next === index || text.charAt(next) !== '.' || text.charAt(next + 1) === '.') break;
      index = next + 1;
    }
  }
  return out;
}

/**
 * Repairs punctuation that an edit or a scraper left behind, and nothing
 * else: a full stop repeated after a sentence's end ("a-t-il déclaré. ." →
 * "a-t-il déclaré."), a space before a full stop or a comma ("déclaré ." →
 * "déclaré."), doubled commas, a comma right before a full stop. An ellipsis
 * ("…", "...") and the spaces French puts before « : ; ! ? » are kept.
 */
export function repairPunctuation(text: string): string {
  return (
    // "déclaré. ." / "déclaré! ." — but never the dots of an ellipsis.
    withoutStrayStops(
      // "déclaré.." (two dots are a typo; three are an ellipsis).
      text.replace(/(?<!\.)\.\.(?!\.)/g, '.'),
    )
      // "déclaré .", "mot , autre" (not before an ellipsis or a decimal).
      .replace(/(\p{L}|\p{N}|[»"”)])\s+([.,])(?=\s|$)/gu, '$1$2')
      .replace(/,{2,}/g, ',')
      .replace(/,\s*\.(?!\.)/g, '.')
  );
}
