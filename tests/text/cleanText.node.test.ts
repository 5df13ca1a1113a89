import fc from 'fast-check';
import { cleanText, dropForbiddenCodePoints, nonBlankText } from '../../src/text';
import { typographyFor } from '../../src/typography';

describe('cleanText', () => {
  it('drops C0 and C1 control characters but keeps tab, line feed and carriage return', () => {
    expect(cleanText('a\u0000b\u0001c\u001Fd\u007Fe\u0085f\u009Fg')).toBe('abcdefg');
    expect(cleanText('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    expect(cleanText('\u000B\u000C')).toBe('');
  });

  it('drops the Unicode non-characters, in the BMP and in the other planes', () => {
    expect(cleanText('Kiev\uFFFE et\uFFFF Bruxelles\uFDD0\uFDEF')).toBe('Kiev et Bruxelles');
    expect(cleanText('a\u{1FFFE}b\u{10FFFF}c')).toBe('abc');
    // Their neighbours are ordinary characters.
    expect(cleanText('\uFDCF\uFDF0\uFFFD\u{1FFFD}')).toBe('\uFDCF\uFDF0\uFFFD\u{1FFFD}');
  });

  it('turns a lone surrogate into U+FFFD and keeps surrogate pairs', () => {
    expect(cleanText('a\uD83Db')).toBe('a\uFFFDb');
    expect(cleanText('\uDC00')).toBe('\uFFFD');
    expect(cleanText('👩‍👩‍👧‍👦🇫🇷')).toBe('👩‍👩‍👧‍👦🇫🇷');
  });

  it('leaves French text and its spaces alone, and gives "" for what is not a string', () => {
    const french = 'L’OTAN a «\u202Fsoutenu\u202F» Kiev\u00A0: 300\u202F000 hommes.';
    expect(cleanText(french)).toBe(french);
    expect(cleanText(undefined as unknown as string)).toBe('');
  });

  it('is the first step of the typography of every language', () => {
    expect(typographyFor('fr')('Prêt\u0000 ?\uFFFE')).toBe('Prêt\u202F?');
    expect(typographyFor('en')('Ready\u0007?\uFDD0')).toBe('Ready?');
  });
});

describe('dropForbiddenCodePoints', () => {
  it('drops controls and non-characters but keeps lone surrogates for the encoder', () => {
    expect(dropForbiddenCodePoints('a\u0000\uFFFE\uD800b')).toBe('a\uD800b');
  });
});

describe('nonBlankText', () => {
  it('gives the cleaned text without its surrounding white space', () => {
    expect(nonBlankText('  Kiev\u0000 et\uFFFE Bruxelles\n')).toBe('Kiev et Bruxelles');
    expect(nonBlankText('\u00A0\u202FOTAN\u2009\t')).toBe('OTAN');
    // Only the ends are trimmed: the spaces French typography placed inside stay.
    expect(nonBlankText(' «\u202Fsoutenu\u202F»\u00A0: 300\u202F000 ')).toBe(
      '«\u202Fsoutenu\u202F»\u00A0: 300\u202F000',
    );
  });

  it('counts a text of control characters or non-characters as absent', () => {
    expect(nonBlankText('\u0000\u0007\u001F\u007F\u0085\u009F')).toBeUndefined();
    expect(nonBlankText('\uFFFE\uFDD0\u{10FFFF}')).toBeUndefined();
    expect(nonBlankText(' \u000B \u000C ')).toBeUndefined();
  });

  it('counts a text of white space alone, no-break spaces and line breaks included, as absent', () => {
    expect(nonBlankText('')).toBeUndefined();
    expect(nonBlankText('   ')).toBeUndefined();
    expect(nonBlankText('\t\n\r')).toBeUndefined();
    expect(nonBlankText('\u00A0\u202F\u2009\u2028\u3000')).toBeUndefined();
    expect(nonBlankText('\u00A0\u0000\u202F')).toBeUndefined();
  });

  it('keeps a lone surrogate, as U+FFFD: a broken character is still text', () => {
    expect(nonBlankText(' \uD83D ')).toBe('\uFFFD');
  });

  it('gives undefined for what is not a string', () => {
    expect(nonBlankText(undefined)).toBeUndefined();
    expect(nonBlankText(null)).toBeUndefined();
    expect(nonBlankText(42)).toBeUndefined();
    expect(nonBlankText(['Kiev'])).toBeUndefined();
    expect(nonBlankText({ toString: () => 'Kiev' })).toBeUndefined();
  });
});

describe('cleanText on any string', () => {
  // Read code point by code point, independently of the implementation's patterns.
  function isClean(text: string): boolean {
    for (const character of text) {
      const code = character.codePointAt(0) as number;
      const control =
        (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
      const nonCharacter = (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe;
      const loneSurrogate = code >= 0xd800 && code <= 0xdfff;
      if (control || nonCharacter || loneSurrogate) return false;
    }
    return true;
  }

  // Any UTF-16 code units, mixed with the ones that need cleaning, which uniform code units rarely hit.
  const texts = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 4 }),
        fc.constantFrom(
          '\u0000',
          '\u0007',
          '\u007F',
          '\u0085',
          '\uFDD0',
          '\uFFFF',
          '\uD83F\uDFFE',
          '\uD800',
          '\uDC00',
        ),
        fc.constantFrom('\uD83D\uDE00', 'é', ' ', '\u00A0', '\t', '\n', 'Kiev'),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));

  it('always gives a clean text, and returns a clean text unchanged', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const cleaned = cleanText(text);
        expect(isClean(cleaned)).toBe(true);
        if (isClean(text)) expect(cleaned).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('has a control: the texts tried include both clean ones and ones that need cleaning', () => {
    const samples = fc.sample(texts, { numRuns: 500, seed: 20241123 });
    const needCleaning = samples.filter((text) => !isClean(text)).length;
    expect(needCleaning).toBeGreaterThan(100);
    expect(samples.length - needCleaning).toBeGreaterThan(50);
  });
});
