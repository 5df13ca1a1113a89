import { describe, expect, it, vi } from 'vitest';
import { ContextScope } from '../../../src/components/context';
import { RichText } from '../../../src/components/RichText';
import type { Inline, RichText as RichTextValue } from '../../../src/model';
import { isSafeUrl } from '../../../src/url';
import { HOSTILE_URLS } from '../../support/arbitraries';
import { render, screen } from '../../support/render';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

function paragraph(value: RichTextValue) {
  return render(
    <p data-testid="p">
      <RichText value={value} />
    </p>,
  ).getByTestId('p');
}

/** A paragraph inside text in another language, as ArticleLayout provides it. */
function paragraphIn(lang: string, value: RichTextValue) {
  const { container } = render(
    <ContextScope language={lang}>
      <p>
        <RichText value={value} />
      </p>
    </ContextScope>,
  );
  return container.querySelector('p') as HTMLParagraphElement;
}

describe('RichText marks', () => {
  it('renders emphasis, strong, links and foreign phrases as their elements', () => {
    const p = paragraph([
      'Le ',
      { type: 'emphasis', children: ['Financial Times'] },
      ' parle d’un ',
      { type: 'strong', children: ['tournant'] },
      ', voir ',
      { type: 'link', href: '/international/otan', children: ['notre dossier'] },
      ' et le ',
      { type: 'foreign', lang: 'en', children: ['burden sharing'] },
      '.',
    ]);
    expect(p.querySelector('em')).toHaveTextContent('Financial Times');
    expect(p.querySelector('strong')).toHaveTextContent('tournant');
    expect(screen.getByRole('link', { name: 'notre dossier' })).toHaveAttribute(
      'href',
      '/international/otan',
    );
    expect(p.querySelector('span[lang="en"]')).toHaveTextContent('burden sharing');
  });

  it('nests marks', () => {
    const p = paragraph([
      { type: 'link', href: 'https://www.nato.int/', children: [{ type: 'emphasis', children: ['OTAN'] }] },
    ]);
    expect(p.querySelector('a > em')).toHaveTextContent('OTAN');
  });

  // "javascript&colon;…" is a harmless relative path once React sets it (no entity is decoded in a
  // DOM property, and the server escapes its "&"): isSafeUrl accepts it, so it is not listed here.
  it.each(HOSTILE_URLS.filter((url) => !isSafeUrl(url)))(
    'never links to %j: the words stay, as plain text',
    (href) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const p = paragraph(['Voir ', { type: 'link', href, children: ['ce lien'] }, '.']);
      expect(p.querySelector('a')).toBeNull();
      expect(p).toHaveTextContent('Voir ce lien.');
      expect(warn).toHaveBeenCalledTimes(1);
      warn.mockRestore();
    },
  );

  it('drops a lang that is not a language tag but keeps the words', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const p = paragraph([{ type: 'foreign', lang: 'en" onmouseover="x', children: ['deal'] }]);
    expect(p.querySelector('[lang]')).toBeNull();
    expect(p.querySelector('[onmouseover]')).toBeNull();
    expect(p).toHaveTextContent('deal');
    vi.restoreAllMocks();
  });

  it('shows a link inside a link as its text only, since HTML cannot nest links', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const p = paragraph([
      {
        type: 'link',
        href: '/otan',
        children: [
          'l’OTAN et ',
          { type: 'link', href: '/kiev', children: [{ type: 'emphasis', children: ['Kiev'] }] },
        ],
      },
      ' ',
      {
        type: 'link',
        href: 'javascript:alert(1)',
        children: [{ type: 'link', href: '/bruxelles', children: ['Bruxelles'] }],
      },
    ]);
    const links = Array.from(p.querySelectorAll('a'));
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/otan', '/bruxelles']);
    expect(p.querySelector('a a')).toBeNull();
    expect(links[0]?.textContent).toBe('l’OTAN et Kiev');
    expect(links[0]?.querySelector('em')?.textContent).toBe('Kiev');
    warn.mockRestore();
  });

  it('keeps the text of an unknown mark and skips non-nodes', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const p = paragraph([
      'a',
      { type: 'underline', children: ['b'] } as unknown as Inline,
      null as unknown as Inline,
      'c',
    ]);
    expect(p.textContent).toBe('abc');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('RichText typography and safety', () => {
  it('applies French typography to each text node', () => {
    const p = paragraph(["L'OTAN a dit : ", { type: 'emphasis', children: ['"nous restons fermes"'] }, ' !']);
    expect(p.textContent).toBe(`L’OTAN a dit${NBSP}: «${NNBSP}nous restons fermes${NNBSP}»${NNBSP}!`);
  });

  it('spaces punctuation that follows or precedes a mark as if the text were one', () => {
    const p = paragraph([
      'Il a répondu « ',
      { type: 'emphasis', children: ['non'] },
      ' » puis a crié ',
      { type: 'strong', children: ['jamais'] },
      ' !',
    ]);
    expect(p.textContent).toBe(`Il a répondu «${NNBSP}non${NNBSP}» puis a crié jamais${NNBSP}!`);
  });

  it('applies it to a plain string too', () => {
    expect(paragraph('Hausse de 40 % ?').textContent).toBe(`Hausse de 40${NBSP}%${NNBSP}?`);
  });

  it('renders markup in text as text, never as elements', () => {
    const p = paragraph([
      '<img src=x onerror=alert(1)>',
      { type: 'strong', children: ['<script>alert(1)</script>'] },
    ]);
    expect(p.querySelector('img, script')).toBeNull();
    expect(p.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('renders nothing for a missing value', () => {
    expect(paragraph(undefined as unknown as RichTextValue).textContent).toBe('');
  });
});

describe('RichText languages', () => {
  it('leaves an English phrase in a French paragraph as typed, and the French around it typeset', () => {
    const p = paragraph([
      'Ils disent ',
      { type: 'foreign', lang: 'en', children: ['"Ready? Yes: 40%"'] },
      ' ; vraiment ?',
    ]);
    expect(p.querySelector('span[lang="en"]')?.textContent).toBe('"Ready? Yes: 40%"');
    expect(p.textContent).toBe(`Ils disent "Ready? Yes: 40%"${NNBSP}; vraiment${NNBSP}?`);
  });

  it('leaves the text of a paragraph in English as typed', () => {
    expect(paragraphIn('en-GB', 'Is NATO ready? "Yes": it is').textContent).toBe(
      'Is NATO ready? "Yes": it is',
    );
    const p = paragraphIn('en-GB', ["It's ", { type: 'emphasis', children: ['over?'] }, ' "No": 40%...']);
    expect(p.textContent).toBe('It\'s over? "No": 40%...');
  });

  it('typesets a French phrase in an English paragraph in French', () => {
    const p = paragraphIn('en-GB', [
      'They call it ',
      { type: 'foreign', lang: 'fr', children: ['"la dissuasion" : prête ?'] },
      ' Ready? Yes: 40%',
    ]);
    expect(p.querySelector('span[lang="fr"]')?.textContent).toBe(
      `«${NNBSP}la dissuasion${NNBSP}»${NBSP}: prête${NNBSP}?`,
    );
    expect(p.textContent).toBe(
      `They call it «${NNBSP}la dissuasion${NNBSP}»${NBSP}: prête${NNBSP}? Ready? Yes: 40%`,
    );
  });

  it('keeps the language around for a phrase whose lang is not a language tag', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const p = paragraphIn('en', ['Ready? ', { type: 'foreign', lang: 'fr!', children: ['Yes: no!'] }]);
    expect(p.textContent).toBe('Ready? Yes: no!');
    vi.restoreAllMocks();
  });
});
