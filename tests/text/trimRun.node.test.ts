import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimEndMatching, trimStartMatching } from '../../src/text';

describe('trimEndMatching and trimStartMatching', () => {
  it('do what the anchored replacements do, on any text', () => {
    const classes: [RegExp, RegExp, RegExp][] = [
      [/[.\s]/, /[.\s]+$/, /^[.\s]+/],
      [/[^\p{L}\p{N}+]/u, /[^\p{L}\p{N}+]+$/u, /^[^\p{L}\p{N}+]+/u],
      [/-/, /-+$/, /^-+/],
    ];
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '.', ' ', '-', '+', '😀', '\u00A0', 'é', '\uD800') }),
        (text) => {
          for (const [character, end, start] of classes) {
            expect(trimEndMatching(text, character)).toBe(text.replace(end, ''));
            expect(trimStartMatching(text, character)).toBe(text.replace(start, ''));
          }
        },
      ),
    );
  });

  it('keep a surrogate pair whole', () => {
    expect(trimEndMatching('a😀', /[^a]/u)).toBe('a');
    expect(trimEndMatching('a😀', /^\uDE00$/)).toBe('a😀');
  });
});
