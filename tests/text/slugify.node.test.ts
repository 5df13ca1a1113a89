import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSlugger, explicitId, fragmentOf, slugify } from '../../src/text';

describe('slugify', () => {
  it.each([
    ['Umerov remercie les alliés', 'umerov-remercie-les-allies'],
    ['L’OTAN réitère son soutien à Kiev', 'l-otan-reitere-son-soutien-a-kiev'],
    ["Engagement des alliés de l'OTAN: Assurance", 'engagement-des-allies-de-l-otan-assurance'],
    ['Au cœur des discussions', 'au-coeur-des-discussions'],
    ['Ex æquo', 'ex-aequo'],
    ['« Nous restons inébranlables »', 'nous-restons-inebranlables'],
    ['Ça, c’est Noël à Zürich !', 'ca-c-est-noel-a-zurich'],
    ['Conseil OTAN-Ukraine — 2024', 'conseil-otan-ukraine-2024'],
    ['  Trop   d’espaces  ', 'trop-d-espaces'],
    ['Sommet 🇺🇸 de Washington 🚀', 'sommet-de-washington'],
    ['ÉTATS-UNIS', 'etats-unis'],
    ['F-16 : 300 000 hommes', 'f-16-300-000-hommes'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('falls back to "section" when nothing usable is left', () => {
    expect(slugify('')).toBe('section');
    expect(slugify('« … »')).toBe('section');
    expect(slugify('🚀🚀')).toBe('section');
    expect(slugify('Київ')).toBe('section');
    expect(slugify(undefined as unknown as string)).toBe('section');
  });

  it('always gives a non-empty slug of lower-case ASCII letters, digits and single inner hyphens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(slugify(text)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(slugify(slugify(text))).toBe(slugify(text));
      }),
    );
  });
});

describe('createSlugger', () => {
  it('numbers repeated slugs from 2', () => {
    const slugger = createSlugger();
    expect(['Contexte', 'Contexte', 'contexte', 'Réactions'].map((text) => slugger.slug(text))).toEqual([
      'contexte',
      'contexte-2',
      'contexte-3',
      'reactions',
    ]);
  });

  it('skips a numbered slug that a heading already produced', () => {
    const slugger = createSlugger();
    expect(slugger.slug('Bilan 2')).toBe('bilan-2');
    expect(slugger.slug('Bilan')).toBe('bilan');
    expect(slugger.slug('Bilan')).toBe('bilan-3');
  });

  it('avoids reserved explicit ids', () => {
    const slugger = createSlugger();
    slugger.reserve('umerov-remercie-les-allies');
    expect(slugger.slug('Umerov remercie les alliés')).toBe('umerov-remercie-les-allies-2');
  });

  it('starts afresh after reset, and scopes are independent', () => {
    const first = createSlugger();
    const second = createSlugger();
    expect(first.slug('Contexte')).toBe('contexte');
    expect(second.slug('Contexte')).toBe('contexte');
    first.reserve('bilan');
    first.reset();
    expect(first.slug('Contexte')).toBe('contexte');
    expect(first.slug('Bilan')).toBe('bilan');
  });

  it('never gives the same slug twice in one scope', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('A', 'a', 'À', 'a 2', 'a-2', 'A-3', '', '«»'), { maxLength: 30 }),
        (texts) => {
          const slugger = createSlugger();
          const slugs = texts.map((text) => slugger.slug(text));
          expect(new Set(slugs).size).toBe(slugs.length);
        },
      ),
    );
  });
});

describe('explicitId and fragmentOf', () => {
  it('keeps a usable id, slugifies one with spaces, and gives undefined for a blank one', () => {
    expect(explicitId('umerov-remercie')).toBe('umerov-remercie');
    expect(explicitId('"><b>')).toBe('"><b>');
    expect(explicitId('deux mots')).toBe('deux-mots');
    expect(explicitId('a\tb\nc')).toBe('a-b-c');
    expect(explicitId('ligne\u2028séparée\u00A0ici')).toBe('ligne-separee-ici');
    expect(explicitId('intro\u0000')).toBe('intro');
    expect(explicitId('')).toBeUndefined();
    expect(explicitId(' \t')).toBeUndefined();
    expect(explicitId('\u0000\u0001')).toBeUndefined();
    expect(explicitId(42)).toBeUndefined();
  });

  it('percent-encodes the fragment so that the URL stays valid', () => {
    expect(fragmentOf('umerov-remercie')).toBe('#umerov-remercie');
    expect(fragmentOf('"><b>')).toBe('#%22%3E%3Cb%3E');
    expect(fragmentOf('50%#a')).toBe('#50%25%23a');
    expect(fragmentOf('a\uD800')).toBe('#a%EF%BF%BD');
  });
});
