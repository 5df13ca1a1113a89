import { describe, expect, it } from 'vitest';
import {
  formatOutline,
  outlineFromElement,
  outlineFromHtml,
  outlineProblems,
  reviewPageOutline,
} from '../../support/outline';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** The page outline as the Storybook editorial checks read it. */
const review = (html: string) => reviewPageOutline(outlineFromElement(dom(html), { skipHidden: true }));

describe('outlineFromElement and outlineFromHtml (one reading, from the DOM or from markup)', () => {
  const markup =
    '<h1 id="t">L’OTAN   réitère\n son soutien</h1><p>…</p><section><h2>Umerov</h2>' +
    '<div role="heading" aria-level="3">Détail</div><h4 role="heading">Rôle sans niveau</h4>' +
    '<span role="heading" aria-level="0">Niveau nul</span></section><h2 id="">À lire aussi</h2>';
  const expected = [
    { level: 1, text: 'L’OTAN réitère son soutien', id: 't' },
    { level: 2, text: 'Umerov' },
    { level: 3, text: 'Détail' },
    { level: 2, text: 'Rôle sans niveau' },
    { level: 2, text: 'Niveau nul' },
    { level: 2, text: 'À lire aussi' },
  ];

  it('lists the headings in document order, ARIA roles winning over tags, text collapsed, empty ids left out', () => {
    expect(outlineFromElement(dom(markup))).toStrictEqual(expected);
    expect(outlineFromHtml(markup)).toStrictEqual(expected);
  });

  it('keeps hidden headings unless asked to skip them', () => {
    const html =
      '<h1>A</h1><h2 hidden>B</h2><div aria-hidden="true"><h3>C</h3></div><h2 aria-hidden="false">D</h2>';
    expect(outlineFromElement(dom(html)).map((heading) => heading.text)).toEqual(['A', 'B', 'C', 'D']);
    expect(outlineFromElement(dom(html), { skipHidden: true }).map((heading) => heading.text)).toEqual([
      'A',
      'D',
    ]);
  });
});

describe('outlineProblems (the rule every test checks)', () => {
  it('accepts one top heading with each level at most one below the previous one', () => {
    expect(
      outlineProblems(outlineFromHtml('<h2>A</h2><h3>B</h3><h4>C</h4><h3>D</h3>'), { topLevel: 2 }),
    ).toEqual([]);
  });

  it('names a missing outline, a wrong top level, a second top heading and a skipped level', () => {
    expect(outlineProblems([])).toEqual(['there is no heading at all']);
    expect(outlineProblems(outlineFromHtml('<h2>A</h2>'), { topLevel: 1 })).toEqual([
      'the top heading "A" is h2, not h1',
    ]);
    expect(outlineProblems(outlineFromHtml('<h2>A</h2><h3>B</h3><h2>C</h2><h4>D</h4>'))).toEqual([
      '"C" (h2) is at or above the top heading "A" (h2)',
      '"D" (h4) skips a level after "C" (h2)',
    ]);
  });

  it('formats an outline as indented lines', () => {
    expect(formatOutline(outlineFromHtml('<h1>Titre</h1><h2>Intertitre</h2>'))).toBe(
      'h1 Titre\n  h2 Intertitre',
    );
  });
});

describe('reviewPageOutline (the heading outline of the editorial checks)', () => {
  it('lists the headings in document order with their level and collapsed text', () => {
    const { entries, problems } = review(
      '<h1 id="t">L’OTAN   réitère\n son soutien</h1><p>…</p><section><h2>Umerov</h2><h3>Détail</h3></section><h2>À lire aussi</h2>',
    );
    expect(entries).toEqual([
      { level: 1, text: 'L’OTAN réitère son soutien', id: 't' },
      { level: 2, text: 'Umerov' },
      { level: 3, text: 'Détail' },
      { level: 2, text: 'À lire aussi' },
    ]);
    expect(problems).toEqual([]);
  });

  it('flags a skipped level on the way down, not on the way up', () => {
    const { entries } = review('<h1>Titre</h1><h2>A</h2><h4>B</h4><h2>C</h2>');
    expect(entries.map((entry) => entry.problem)).toEqual([
      undefined,
      undefined,
      'Niveau sauté : h2 puis h4 (h3 attendu).',
      undefined,
    ]);
  });

  it('flags a second h1, an outline that does not start with the h1, and an empty heading', () => {
    expect(review('<h1>A</h1><h1>B</h1>').entries[1]?.problem).toMatch(/^Deuxième h1/);
    const noTop = review('<h2>A</h2><h3>B</h3>');
    expect(noTop.entries[0]?.problem).toMatch(/^Le plan commence par un h2/);
    expect(noTop.problems).toEqual(['Aucun h1 dans la page.']);
    expect(review('<h1>A</h1><h2> </h2>').entries[1]?.problem).toMatch(/^Titre vide/);
    expect(review('<p>Rien</p>').problems).toEqual(['Aucun titre dans la page.']);
  });

  it('reads ARIA headings and skips hidden ones', () => {
    const { entries } = review(
      '<h1>A</h1><div role="heading" aria-level="2">B</div><h2 hidden>C</h2><div aria-hidden="true"><h3>D</h3></div>',
    );
    expect(entries.map((entry) => [entry.level, entry.text])).toEqual([
      [1, 'A'],
      [2, 'B'],
    ]);
  });
});
