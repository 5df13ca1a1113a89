import { describe, expect, it } from 'vitest';
import { readOutline } from '../../stories/support/outline';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('readOutline (the heading outline of the editorial checks)', () => {
  it('lists the headings in document order with their level and collapsed text', () => {
    const { entries, problems } = readOutline(
      dom(
        '<h1 id="t">L’OTAN   réitère\n son soutien</h1><p>…</p><section><h2>Umerov</h2><h3>Détail</h3></section><h2>À lire aussi</h2>',
      ),
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
    const { entries } = readOutline(dom('<h1>Titre</h1><h2>A</h2><h4>B</h4><h2>C</h2>'));
    expect(entries.map((entry) => entry.problem)).toEqual([
      undefined,
      undefined,
      'Niveau sauté : h2 puis h4 (h3 attendu).',
      undefined,
    ]);
  });

  it('flags a second h1, an outline that does not start with the h1, and an empty heading', () => {
    expect(readOutline(dom('<h1>A</h1><h1>B</h1>')).entries[1]?.problem).toMatch(/^Deuxième h1/);
    const noTop = readOutline(dom('<h2>A</h2><h3>B</h3>'));
    expect(noTop.entries[0]?.problem).toMatch(/^Le plan commence par un h2/);
    expect(noTop.problems).toEqual(['Aucun h1 dans la page.']);
    expect(readOutline(dom('<h1>A</h1><h2> </h2>')).entries[1]?.problem).toMatch(/^Titre vide/);
    expect(readOutline(dom('<p>Rien</p>')).problems).toEqual(['Aucun titre dans la page.']);
  });

  it('reads ARIA headings and skips hidden ones', () => {
    const { entries } = readOutline(
      dom(
        '<h1>A</h1><div role="heading" aria-level="2">B</div><h2 hidden>C</h2><div aria-hidden="true"><h3>D</h3></div>',
      ),
    );
    expect(entries.map((entry) => [entry.level, entry.text])).toEqual([
      [1, 'A'],
      [2, 'B'],
    ]);
  });
});
