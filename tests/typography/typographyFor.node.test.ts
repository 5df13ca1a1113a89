import { describe, expect, it } from 'vitest';
import { isFrenchLanguage, NARROW_NBSP, NBSP, typographyFor } from '../../src/typography';

const N = NARROW_NBSP;
const S = NBSP;
const MIXED = 'Is NATO ready? "Yes": it is';

describe('typographyFor', () => {
  it.each(['fr', 'fr-FR', 'FR-ca', 'fr_BE', ' fr-CH '])('gives French typography to %j', (lang) => {
    expect(typographyFor(lang)(MIXED)).toBe(`Is NATO ready${N}? «${N}Yes${N}»${S}: it is`);
  });

  it('gives French typography when no language is given: French is the library default', () => {
    expect(typographyFor()('Prêt ?')).toBe(`Prêt${N}?`);
    expect(typographyFor(undefined)('Prêt ?')).toBe(`Prêt${N}?`);
    expect(typographyFor('  ')('Prêt ?')).toBe(`Prêt${N}?`);
  });

  it.each(['en', 'en-GB', 'de-DE', 'es', 'frr', 'fy-NL'])('leaves %j text exactly as typed', (lang) => {
    expect(typographyFor(lang)(MIXED)).toBe(MIXED);
    expect(typographyFor(lang)("it's 300000 ... 'ok'")).toBe("it's 300000 ... 'ok'");
  });

  it('gives an empty string for a value that is not text, in any language', () => {
    expect(typographyFor('en')(undefined as unknown as string)).toBe('');
    expect(typographyFor('fr')(42 as unknown as string)).toBe('');
  });
});

describe('isFrenchLanguage', () => {
  it('recognises French tags only by their primary language', () => {
    expect(isFrenchLanguage('fr-CA')).toBe(true);
    expect(isFrenchLanguage(undefined)).toBe(true);
    expect(isFrenchLanguage('en-FR')).toBe(false);
  });
});
