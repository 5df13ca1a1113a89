import type * as React from 'react';
import { type DefaultTheme, styled, ThemeProvider, useTheme } from 'styled-components';
import { describe, expect, it } from 'vitest';
import { ManchetteThemeProvider } from '../../../src/components/ManchetteThemeProvider';
import { QuoteBlock } from '../../../src/components/QuoteBlock';
import { render, screen } from '../../support/render';

const STOLTENBERG = 'Nous restons inébranlables dans notre engagement envers l’Ukraine.';

/** The provider's one element: the wrapper marked `data-manchette-theme`. */
function wrapperOf(container: HTMLElement): HTMLElement {
  const wrapper = container.querySelector<HTMLElement>('[data-manchette-theme]');
  if (!wrapper) throw new Error('no theme wrapper rendered');
  return wrapper;
}

const property = (element: HTMLElement, name: string) => element.style.getPropertyValue(name);

describe('ManchetteThemeProvider custom properties', () => {
  it('sets every token of the default theme as a --manchette-* property', () => {
    const { container } = render(<ManchetteThemeProvider>x</ManchetteThemeProvider>);
    const wrapper = wrapperOf(container);
    // Values as written in src/theme/tokens.ts, read there rather than taken from a run.
    expect(property(wrapper, '--manchette-color-text')).toBe('#1a1a1a');
    expect(property(wrapper, '--manchette-color-accent')).toBe('#a3001b');
    expect(property(wrapper, '--manchette-color-text-muted')).toBe('#595959');
    expect(property(wrapper, '--manchette-font-size-xxl')).toBe('clamp(1.6rem, 1.3rem + 1.7cqi, 2.25rem)');
    expect(property(wrapper, '--manchette-line-height-body')).toBe('1.6');
    expect(property(wrapper, '--manchette-space-xl')).toBe('2.5rem');
    expect(property(wrapper, '--manchette-measure')).toBe('56ch');
    expect(property(wrapper, '--manchette-radius')).toBe('4px');
  });

  it('merges overrides with the defaults, group by group', () => {
    const { container } = render(
      <ManchetteThemeProvider
        theme={{ color: { accent: '#00507a' }, space: { xl: '3rem' }, measure: '60ch' }}
      >
        x
      </ManchetteThemeProvider>,
    );
    const wrapper = wrapperOf(container);
    expect(property(wrapper, '--manchette-color-accent')).toBe('#00507a');
    expect(property(wrapper, '--manchette-space-xl')).toBe('3rem');
    expect(property(wrapper, '--manchette-measure')).toBe('60ch');
    // The other tokens of an overridden group keep their defaults.
    expect(property(wrapper, '--manchette-color-text')).toBe('#1a1a1a');
    expect(property(wrapper, '--manchette-space-md')).toBe('1rem');
    expect(property(wrapper, '--manchette-radius')).toBe('4px');
  });

  it('updates the properties when the theme changes', () => {
    const { container, rerender } = render(
      <ManchetteThemeProvider theme={{ color: { accent: '#00507a' } }}>x</ManchetteThemeProvider>,
    );
    rerender(<ManchetteThemeProvider theme={{ color: { accent: '#8a2a0a' } }}>x</ManchetteThemeProvider>);
    expect(property(wrapperOf(container), '--manchette-color-accent')).toBe('#8a2a0a');
  });

  it('stays out of layout with display: contents', () => {
    const { container } = render(
      <ManchetteThemeProvider className="maison" style={{ color: 'navy' }}>
        x
      </ManchetteThemeProvider>,
    );
    expect(getComputedStyle(wrapperOf(container)).display).toBe('contents');
  });
});

describe('ManchetteThemeProvider DOM props', () => {
  it('passes className, id, data-* and aria-* attributes to its div', () => {
    const { container } = render(
      <ManchetteThemeProvider
        className="theme-maison"
        id="theme"
        data-edition="soir"
        aria-label="Édition du soir"
        role="region"
        lang="fr"
      >
        x
      </ManchetteThemeProvider>,
    );
    const wrapper = wrapperOf(container);
    expect(wrapper.tagName).toBe('DIV');
    expect(wrapper).toHaveClass('theme-maison');
    // The styled-components class that sets display: contents is still there.
    expect(wrapper.classList.length).toBeGreaterThan(1);
    expect(wrapper).toHaveAttribute('id', 'theme');
    expect(wrapper).toHaveAttribute('data-edition', 'soir');
    expect(wrapper).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('region', { name: 'Édition du soir' })).toBe(wrapper);
  });

  it('passes event handlers to its div', () => {
    let clicks = 0;
    const { container } = render(
      <ManchetteThemeProvider
        onClick={() => {
          clicks += 1;
        }}
      >
        <button type="button">Lire</button>
      </ManchetteThemeProvider>,
    );
    screen.getByRole('button', { name: 'Lire' }).click();
    expect(clicks).toBe(1);
    expect(wrapperOf(container)).toContainElement(screen.getByRole('button'));
  });

  it('merges the consumer style with the theme properties', () => {
    const { container } = render(
      <ManchetteThemeProvider
        theme={{ color: { accent: '#00507a' } }}
        style={{ color: 'navy', fontSize: '20px' }}
      >
        x
      </ManchetteThemeProvider>,
    );
    const wrapper = wrapperOf(container);
    expect(wrapper.style.color).toBe('navy');
    expect(wrapper.style.fontSize).toBe('20px');
    expect(property(wrapper, '--manchette-color-accent')).toBe('#00507a');
    expect(property(wrapper, '--manchette-color-text')).toBe('#1a1a1a');
  });

  it('lets a --manchette-* property in style win over the same token from theme', () => {
    const style = {
      '--manchette-color-accent': '#123456',
      '--manchette-radius': '0',
    } as React.CSSProperties;
    const { container } = render(
      <ManchetteThemeProvider theme={{ color: { accent: '#00507a' } }} style={style}>
        x
      </ManchetteThemeProvider>,
    );
    const wrapper = wrapperOf(container);
    expect(property(wrapper, '--manchette-color-accent')).toBe('#123456');
    expect(property(wrapper, '--manchette-radius')).toBe('0');
    expect(property(wrapper, '--manchette-color-text')).toBe('#1a1a1a');
  });

  it('keeps the theme token when style holds that property as undefined', () => {
    const style = { '--manchette-color-accent': undefined } as unknown as React.CSSProperties;
    const { container } = render(
      <ManchetteThemeProvider theme={{ color: { accent: '#00507a' } }} style={style}>
        x
      </ManchetteThemeProvider>,
    );
    expect(property(wrapperOf(container), '--manchette-color-accent')).toBe('#00507a');
  });

  it('keeps its own marker attribute when rest props are given', () => {
    const { container } = render(<ManchetteThemeProvider data-edition="matin">x</ManchetteThemeProvider>);
    expect(container.firstElementChild).toHaveAttribute('data-manchette-theme', '');
    expect(container.firstElementChild).toHaveAttribute('data-edition', 'matin');
  });

  it('can be wrapped with styled(), its class reaching the div', () => {
    // Without `theme`: styled-components keeps a `theme` given to a styled wrapper for itself.
    const Framed = styled(ManchetteThemeProvider)`
      color: rgb(0, 80, 122);
    `;
    const { container } = render(<Framed data-edition="soir">x</Framed>);
    const wrapper = wrapperOf(container);
    expect(getComputedStyle(wrapper).color).toBe('rgb(0, 80, 122)');
    expect(getComputedStyle(wrapper).display).toBe('contents');
    expect(wrapper).toHaveAttribute('data-edition', 'soir');
    expect(property(wrapper, '--manchette-color-accent')).toBe('#a3001b');
  });
});

describe('ManchetteThemeProvider children', () => {
  it('renders the components inside it, in the wrapper', () => {
    const { container } = render(
      <ManchetteThemeProvider theme={{ color: { accent: '#00507a' } }} className="maison">
        <QuoteBlock text={STOLTENBERG} attribution={{ name: 'Jens Stoltenberg' }} />
      </ManchetteThemeProvider>,
    );
    const quote = screen.getByRole('blockquote');
    expect(quote).toHaveTextContent('Nous restons inébranlables');
    expect(screen.getByRole('figure')).toHaveTextContent('Jens Stoltenberg');
    expect(wrapperOf(container)).toContainElement(quote);
  });

  it('gives styled components the full theme under `manchette`, keeping a host theme', () => {
    let seen: Record<string, unknown> | undefined;
    function Probe() {
      seen = useTheme() as Record<string, unknown> | undefined;
      return null;
    }
    render(
      <ThemeProvider theme={{ hostColour: 'teal' } as DefaultTheme}>
        <ManchetteThemeProvider theme={{ color: { accent: '#00507a' } }} className="maison">
          <Probe />
        </ManchetteThemeProvider>
      </ThemeProvider>,
    );
    expect(seen?.hostColour).toBe('teal');
    const manchette = seen?.manchette as { color: { accent: string; text: string } } | undefined;
    expect(manchette?.color.accent).toBe('#00507a');
    expect(manchette?.color.text).toBe('#1a1a1a');
  });
});
