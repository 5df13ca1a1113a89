import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncateAtWord } from '../../src/seo';
import { anyText } from '../support/arbitraries';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('truncateAtWord', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateAtWord('L’OTAN réitère son soutien à Kiev', 110)).toBe(
      'L’OTAN réitère son soutien à Kiev',
    );
    expect(truncateAtWord('x'.repeat(110), 110)).toBe('x'.repeat(110));
  });

  it('cuts at the last word that fits and adds an ellipsis', () => {
    expect(truncateAtWord('abc def ghi', 8)).toBe('abc def…');
    expect(truncateAtWord('abc def ghi', 7)).toBe('abc…');
  });

  it('does not leave a comma or a colon before the ellipsis', () => {
    expect(truncateAtWord('Stoltenberg, Kuleba, Blinken et les autres', 22)).toBe('Stoltenberg, Kuleba…');
    expect(truncateAtWord('Le chef de l’OTAN\u00a0: « Nous soutiendrons Kiev »', 20)).toBe(
      'Le chef de l’OTAN…',
    );
  });

  it('never cuts at a no-break space, which binds French punctuation to its word', () => {
    // "dit : non" is one unit: the colon may not start a line, so it may not be cut away either.
    expect(truncateAtWord('Il a dit\u202f: non', 10)).toBe('Il a…');
    expect(truncateAtWord('Pourquoi\u202f? Parce que', 11)).toBe('Pourquoi\u202f?…');
  });

  it('cuts inside a word only when a single word is longer than the limit', () => {
    expect(truncateAtWord('anticonstitutionnellement', 10)).toBe('anticonst…');
  });

  it('never splits a surrogate pair', () => {
    const result = truncateAtWord(`${'a'.repeat(8)}😀😀😀`, 10);
    expect(result).not.toMatch(LONE_SURROGATE);
    expect(result).toBe('aaaaaaaa…');
  });

  it('always fits the limit, ends with « … » when shortened, and keeps a prefix of the words', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 2, max: 160 }), (text, max) => {
        const result = truncateAtWord(text, max);
        expect(result.length).toBeLessThanOrEqual(max);
        if (text.length <= max) {
          expect(result).toBe(text);
        } else {
          expect(result.endsWith('…')).toBe(true);
          expect(text.startsWith(result.slice(0, -1))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
