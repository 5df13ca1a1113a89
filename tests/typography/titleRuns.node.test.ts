import { describe, expect, it } from 'vitest';
import { titleRuns } from '../../src/typography';

const NBSP = '\u00a0';

describe('titleRuns', () => {
  it('sets a short hyphenated compound apart, keeping every character', () => {
    expect(titleRuns('Défense : le Sud-Est de l’Europe réclame 40 milliards')).toEqual([
      'Défense : le ',
      { nobreak: 'Sud-Est' },
      ' de l’Europe réclame 40 milliards',
    ]);
    expect(titleRuns('Le porte-parole du gouvernement')).toEqual([
      'Le ',
      { nobreak: 'porte-parole' },
      ' du gouvernement',
    ]);
  });

  it('leaves punctuation and an elided article outside the compound', () => {
    expect(titleRuns(`«${NBSP}Sud-Est${NBSP}»,`)).toEqual([`«${NBSP}`, { nobreak: 'Sud-Est' }, `${NBSP}»,`]);
    expect(titleRuns('l’Île-de-France')).toEqual(['l’', { nobreak: 'Île-de-France' }]);
    expect(titleRuns('vents de Nord-Est/Sud-Ouest')).toEqual([
      'vents de ',
      { nobreak: 'Nord-Est' },
      '/',
      { nobreak: 'Sud-Ouest' },
    ]);
  });

  it('lets long compounds, codes and numbers break as before', () => {
    // "Ukraine" has seven letters: the compound may break, as a long one must on a phone.
    expect(titleRuns('Conseil OTAN-Ukraine')).toEqual(['Conseil OTAN-Ukraine']);
    expect(titleRuns('Saint-Germain-des-Prés')).toEqual(['Saint-Germain-des-Prés']);
    expect(titleRuns('des F-16 et 2023-2024')).toEqual(['des F-16 et 2023-2024']);
    expect(titleRuns('Sans trait d’union')).toEqual(['Sans trait d’union']);
    // The whole hyphenated token or nothing: « Sud-Est » is not taken out of « 2-Sud-Est ».
    expect(titleRuns('Zone 2-Sud-Est')).toEqual(['Zone 2-Sud-Est']);
    expect(titleRuns('Le Grand-Sud-Est')).toEqual(['Le ', { nobreak: 'Grand-Sud-Est' }]);
  });

  it('joins back into the title it was given', () => {
    const title = 'Jean-Marc et le Nord-Est, c’est-à-dire l’après-midi';
    const joined = titleRuns(title)
      .map((run) => (typeof run === 'string' ? run : run.nobreak))
      .join('');
    expect(joined).toBe(title);
    expect(titleRuns(title).filter((run) => typeof run !== 'string')).toHaveLength(4);
  });
});
