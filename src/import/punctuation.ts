/**
 * Repairs punctuation that an edit or a scraper left behind, and nothing
 * else: a full stop repeated after a sentence's end ("a-t-il déclaré. ." →
 * "a-t-il déclaré."), a space before a full stop or a comma ("déclaré ." →
 * "déclaré."), doubled commas, a comma right before a full stop. An ellipsis
 * ("…", "...") and the spaces French puts before « : ; ! ? » are kept.
 */
export function repairPunctuation(text: string): string {
  return (
    text
      // "déclaré.." (two dots are a typo; three are an ellipsis).
      .replace(/(?<!\.)\.\.(?!\.)/g, '.')
      // "déclaré. ." / "déclaré! ." — but never the dots of an ellipsis.
      .replace(/([.!?…])(?:\s+\.(?!\.))+/g, '$1')
      // "déclaré .", "mot , autre" (not before an ellipsis or a decimal).
      .replace(/(\p{L}|\p{N}|[»"”)])\s+([.,])(?=\s|$)/gu, '$1$2')
      .replace(/,{2,}/g, ',')
      .replace(/,\s*\.(?!\.)/g, '.')
  );
}
