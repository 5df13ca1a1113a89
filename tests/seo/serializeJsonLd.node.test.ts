import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/dev';
import { serializeJsonLd } from '../../src/seo';
import { HOSTILE_STRINGS } from '../support/arbitraries';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

// Any JSON value, strings drawn from the whole of UTF-16 (lone surrogates included) and the hostile catalogue.
const jsonValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.string({
      unit: fc.constantFrom('<', '>', '&', '/', '!', '-', '\u2028', '\u2029', '"', '\\', 's', 'S'),
    }),
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((number) => !Object.is(number, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), tie('value'), {
      maxKeys: 4,
      noNullPrototype: true,
    }),
  ),
})).value;

describe('serializeJsonLd', () => {
  it.each([
    '</script>',
    '</script >',
    '</SCRIPT/>',
    '</ScRiPt\t\n>',
    '<!--',
    '<!-- x -->',
    '-->',
    '<script>alert(1)</script>',
    ']]>',
  ])('cannot close the script or open a comment with %j', (hostile) => {
    const output = serializeJsonLd({ headline: `avant ${hostile} après` });
    expect(output).not.toMatch(/<\/script/i);
    expect(output).not.toContain('<!--');
    expect(output).not.toMatch(/[<>]/);
    expect(JSON.parse(output)).toEqual({ headline: `avant ${hostile} après` });
  });

  it('writes <, > and & as \\u escapes, not as HTML entities', () => {
    const output = serializeJsonLd({ a: '<b>', c: 'R&D' });
    expect(output).toBe('{"a":"\\u003cb\\u003e","c":"R\\u0026D"}');
    expect(output).not.toContain('&lt;');
    expect(output).not.toContain('&amp;');
  });

  it('keeps apostrophes, accents and query strings exactly', () => {
    const value = { headline: "L’État et l'Europe", image: 'https://example.fr/a.jpg?w=1200&h=675' };
    const output = serializeJsonLd(value);
    expect(output).toContain("L’État et l'Europe");
    expect(output).not.toContain('&#39;');
    expect(JSON.parse(output)).toEqual(value);
  });

  it('escapes U+2028 and U+2029, which end a JavaScript string in older engines', () => {
    const output = serializeJsonLd({ text: 'ligne\u2028séparée\u2029ici' });
    expect(output).toBe('{"text":"ligne\\u2028séparée\\u2029ici"}');
    expect(output).not.toMatch(/[\u2028\u2029]/);
  });

  it('keeps emoji, RTL marks and bidi controls as they are', () => {
    const value = { text: '👩‍👩‍👧‍👦🇫🇷 \u200F\u200E\u202E مرحبا' };
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });

  it('writes lone surrogates as escapes, so the output is well-formed Unicode', () => {
    const output = serializeJsonLd({ text: 'a\uD800b\uDC00' });
    expect(output).toBe('{"text":"a\\ud800b\\udc00"}');
    expect(output).not.toMatch(LONE_SURROGATE);
    expect(JSON.parse(output)).toEqual({ text: 'a\uD800b\uDC00' });
  });

  it('escapes DEL, C1 controls and non-characters, which an HTML page may not hold, and reads them back', () => {
    const value = { headline: 'a\u007Fb\u0085c\uFFFEd\uFDD0e\u{10FFFF}f' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|\uDBFF\uDFFF/);
    expect(json).toContain('\\u007f');
    expect(json).toContain('\\ufffe');
    expect(json).toContain('\\udbff\\udfff');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('round-trips any JSON value and never emits <, >, & or a line separator', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const output = serializeJsonLd(value);
        expect(output).not.toMatch(/[<>&\u2028\u2029]/);
        expect(output).not.toMatch(LONE_SURROGATE);
        expect(JSON.parse(output)).toStrictEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['undefined', undefined],
    ['a function', () => 1],
    ['a BigInt', 10n],
  ])('writes {} for %s, and warns once', (_name, value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(serializeJsonLd(value)).toBe('{}');
    expect(serializeJsonLd(value)).toBe('{}');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('writes {} for a cyclic value instead of throwing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    expect(serializeJsonLd(cyclic)).toBe('{}');
  });
});
