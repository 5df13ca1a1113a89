import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ContextScope } from '../../../src/components/context';
import { Section } from '../../../src/components/Section';
import { SlugScope, Subheading } from '../../../src/components/Subheading';
import { resetWarnings } from '../../../src/dev';
import { render, screen } from '../../support/render';

const NNBSP = '\u202F';

describe('Subheading level', () => {
  it('is an h2 outside any context, never an h1', () => {
    render(<Subheading>Umerov remercie les alliés</Subheading>);
    const heading = screen.getByRole('heading', { level: 2, name: 'Umerov remercie les alliés' });
    expect(heading.tagName).toBe('H2');
    expect(heading).toHaveAttribute('data-level', '2');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });

  it('goes one level down inside each Section', () => {
    render(
      <Section level={2}>
        <Subheading>Les réactions</Subheading>
        <Section>
          <Subheading>À Kiev</Subheading>
          <Section>
            <Subheading>Au Donbass</Subheading>
          </Section>
        </Section>
      </Section>,
    );
    expect(screen.getByRole('heading', { name: 'Les réactions' }).tagName).toBe('H2');
    expect(screen.getByRole('heading', { name: 'À Kiev' }).tagName).toBe('H3');
    expect(screen.getByRole('heading', { name: 'Au Donbass' })).toHaveAttribute('data-level', '4');
  });

  it('keeps its semantic level whatever the visual size', () => {
    render(
      <Section level={3}>
        <Subheading size="xl">Grand intertitre</Subheading>
        <Subheading size="sm">Petit intertitre</Subheading>
        <Subheading>Taille automatique</Subheading>
      </Section>,
    );
    const big = screen.getByRole('heading', { name: 'Grand intertitre' });
    const small = screen.getByRole('heading', { name: 'Petit intertitre' });
    expect(big.tagName).toBe('H3');
    expect(small.tagName).toBe('H3');
    expect(big).toHaveAttribute('data-size', 'xl');
    expect(small).toHaveAttribute('data-size', 'sm');
    expect(screen.getByRole('heading', { name: 'Taille automatique' })).toHaveAttribute('data-size', 'md');
  });
});

describe('Subheading id', () => {
  it('is the French-aware slug of its text', () => {
    render(<Subheading>Umerov remercie les alliés</Subheading>);
    expect(screen.getByRole('heading')).toHaveAttribute('id', 'umerov-remercie-les-allies');
  });

  it('is the explicit id when one is given', () => {
    render(<Subheading id="reactions">Les réactions</Subheading>);
    expect(screen.getByRole('heading')).toHaveAttribute('id', 'reactions');
  });

  it('is unique within a SlugScope when two subheadings share a text', () => {
    render(
      <SlugScope>
        <Subheading>Contexte</Subheading>
        <Section>
          <Subheading>Contexte</Subheading>
        </Section>
        <Subheading>Contexte</Subheading>
      </SlugScope>,
    );
    const ids = screen.getAllByRole('heading').map((heading) => heading.id);
    expect(ids).toEqual(['contexte', 'contexte-2', 'contexte-3']);
  });

  it('never takes an id reserved in the scope', () => {
    render(
      <SlugScope reserved={['contexte']}>
        <Subheading>Contexte</Subheading>
      </SlugScope>,
    );
    expect(screen.getByRole('heading')).toHaveAttribute('id', 'contexte-2');
  });

  it('keeps the same ids under Strict Mode double rendering and after a re-render', () => {
    const page = (extra: string) => (
      <StrictMode>
        <SlugScope>
          <Subheading>Contexte</Subheading>
          <Subheading>Contexte</Subheading>
          <p>{extra}</p>
        </SlugScope>
      </StrictMode>
    );
    const { rerender } = render(page('un'));
    const ids = () => screen.getAllByRole('heading').map((heading) => heading.id);
    expect(ids()).toEqual(['contexte', 'contexte-2']);
    rerender(page('deux'));
    expect(ids()).toEqual(['contexte', 'contexte-2']);
  });

  it('frees the id of an unmounted subheading for a later one', () => {
    const page = (texts: string[]) => (
      <SlugScope>
        {texts.map((text) => (
          <Subheading key={text}>{text.replace(/ \d$/, '')}</Subheading>
        ))}
      </SlugScope>
    );
    const { rerender } = render(page(['Contexte 1', 'Contexte 2']));
    expect(screen.getAllByRole('heading').map((heading) => heading.id)).toEqual(['contexte', 'contexte-2']);
    rerender(page(['Contexte 2']));
    expect(screen.getByRole('heading').id).toBe('contexte-2');
    rerender(page(['Contexte 2', 'Contexte 3']));
    // "contexte" was freed when the first subheading left: the newcomer takes it.
    expect(screen.getAllByRole('heading').map((heading) => heading.id)).toEqual(['contexte-2', 'contexte']);
  });
});

describe('Subheading explicit ids from data', () => {
  it('slugifies an explicit id that holds spaces, and warns', () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<Subheading id="deux mots">Les réactions</Subheading>);
    expect(screen.getByRole('heading')).toHaveAttribute('id', 'deux-mots');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('holds spaces'));
    warn.mockRestore();
  });

  it('makes the id from the text when the explicit id is blank or only control characters', () => {
    render(
      <SlugScope>
        <Subheading id="">Contexte</Subheading>
        <Subheading id={'\u0000\u0001'}>Analyse</Subheading>
      </SlugScope>,
    );
    expect(screen.getAllByRole('heading').map((heading) => heading.id)).toEqual(['contexte', 'analyse']);
  });

  it('percent-encodes the permalink fragment of an id with quotes and angle brackets', () => {
    const { container } = render(
      <Subheading id={'"><b>'} permalink>
        Contexte
      </Subheading>,
    );
    expect(screen.getByRole('heading')).toHaveAttribute('id', '"><b>');
    expect(container.querySelector('b')).toBeNull();
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('#%22%3E%3Cb%3E');
    // The browser decodes the fragment back to the id it points at.
    expect(decodeURIComponent(link.getAttribute('href')?.slice(1) ?? '')).toBe('"><b>');
  });

  it('keeps control characters out of the text and the id', () => {
    render(<Subheading id={'intro\u0007'}>{'Con\u0000texte\uFFFE'}</Subheading>);
    const heading = screen.getByRole('heading');
    expect(heading).toHaveAttribute('id', 'intro');
    expect(heading.textContent).toBe('Contexte');
  });
});

describe('Subheading permalink', () => {
  it('is absent by default', () => {
    render(<Subheading>Les réactions</Subheading>);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('links to the heading with a French accessible name, outside the heading’s own name', () => {
    render(
      <SlugScope>
        <Subheading permalink>Umerov remercie les alliés</Subheading>
      </SlugScope>,
    );
    const link = screen.getByRole('link', {
      name: `Lien permanent vers la section «${NNBSP}Umerov remercie les alliés${NNBSP}»`,
    });
    expect(link).toHaveAttribute('href', '#umerov-remercie-les-allies');
    // The heading is announced by its text alone, not with the link's label.
    expect(screen.getByRole('heading', { level: 2 })).toHaveAccessibleName('Umerov remercie les alliés');
    expect(link.closest('h2')).toBeNull();
  });

  it('points at the unique id when texts repeat, and takes a custom label', () => {
    render(
      <SlugScope>
        <Subheading permalink>Contexte</Subheading>
        <Subheading permalink permalinkLabel={(text) => `Permalink to ${text}`}>
          Contexte
        </Subheading>
      </SlugScope>,
    );
    expect(screen.getByRole('link', { name: 'Permalink to Contexte' })).toHaveAttribute(
      'href',
      '#contexte-2',
    );
  });
});

describe('Subheading text and props', () => {
  it('applies French typography to the visible text only', () => {
    render(<Subheading>Pourquoi l'OTAN hésite-t-elle ?</Subheading>);
    const heading = screen.getByRole('heading');
    expect(heading.textContent).toBe(`Pourquoi l’OTAN hésite-t-elle${NNBSP}?`);
    expect(heading.id).toBe('pourquoi-l-otan-hesite-t-elle');
  });

  it('passes className, style and other props to the heading', () => {
    render(
      <Subheading
        className="hote"
        style={{ color: 'rgb(0, 0, 0)' }}
        data-testid="intertitre"
        aria-describedby="x"
      >
        Les réactions
      </Subheading>,
    );
    const heading = screen.getByTestId('intertitre');
    expect(heading.tagName).toBe('H2');
    expect(heading).toHaveClass('hote');
    expect(heading).toHaveStyle({ color: 'rgb(0, 0, 0)' });
    expect(heading).toHaveAttribute('aria-describedby', 'x');
  });

  it('renders nothing for an empty text and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <SlugScope>
        <Subheading>{'   '}</Subheading>
        <Subheading>{''}</Subheading>
        <Subheading>Suite</Subheading>
      </SlugScope>,
    );
    expect(container.querySelectorAll('h1, h2, h3, h4, h5, h6')).toHaveLength(1);
    expect(screen.getByRole('heading')).toHaveAttribute('id', 'suite');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/no text/);
    warn.mockRestore();
  });
});

describe('Subheading languages', () => {
  it('keeps its text as typed in English text, with the French permalink name marked lang="fr"', () => {
    render(
      <ContextScope language="en-GB">
        <SlugScope>
          <Subheading permalink>What next? "More aid"</Subheading>
        </SlugScope>
      </ContextScope>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What next? "More aid"');
    const link = screen.getByRole('link', {
      name: `Lien permanent vers la section «${NNBSP}What next? "More aid"${NNBSP}»`,
    });
    expect(link).toHaveAttribute('lang', 'fr');
  });

  it('follows its own lang, and typesets a custom permalink name in it', () => {
    render(
      <SlugScope>
        <Subheading lang="en" permalink permalinkLabel={(text) => `Link to: ${text}`}>
          Ready? Yes
        </Subheading>
      </SlugScope>,
    );
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('Ready? Yes');
    expect(heading).toHaveAttribute('lang', 'en');
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('aria-label', 'Link to: Ready? Yes');
    expect(link).not.toHaveAttribute('lang');
  });

  it('stays French by default, its permalink name unmarked', () => {
    render(
      <SlugScope>
        <Subheading permalink>Prêt ? Oui</Subheading>
      </SlugScope>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(`Prêt${NNBSP}? Oui`);
    expect(screen.getByRole('link')).not.toHaveAttribute('lang');
  });
});
