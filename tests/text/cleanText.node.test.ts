import { cleanText, dropForbiddenCodePoints } from '../../src/text';
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
