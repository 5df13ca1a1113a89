import type * as React from 'react';
import { describe, expect, it } from 'vitest';
import { otanAideMilitaire, otanKievConseil } from '../../fixtures';
import { ArticleLayout } from '../../src/components/ArticleLayout';
import { ManchetteThemeProvider } from '../../src/components/ManchetteThemeProvider';
import { QuoteBlock } from '../../src/components/QuoteBlock';
import { RelatedArticles } from '../../src/components/RelatedArticles';
import { Subheading } from '../../src/components/Subheading';
import { browserHost } from '../support/browserHost';

const DEFAULT_ACCENT = 'rgb(163, 0, 27)'; // #a3001b
const BLUE = 'rgb(0, 80, 122)'; // #00507a
const GREEN = 'rgb(0, 100, 0)'; // #006400

const view = browserHost();

const quote = (props: Partial<React.ComponentProps<typeof QuoteBlock>> = {}) => (
  <QuoteBlock text="Nous restons inébranlables." attribution={{ name: 'Jens Stoltenberg' }} {...props} />
);
const quoteRule = (index = 0) =>
  getComputedStyle(view.host.querySelectorAll('figure[data-variant]')[index] as HTMLElement)
    .borderInlineStartColor;

describe('design tokens in a real browser', () => {
  it('uses the default tokens with no provider at all, on every component', async () => {
    await view.show(
      <>
        {quote()}
        <Subheading>Contexte</Subheading>
        <RelatedArticles teasers={otanAideMilitaire.related} />
      </>,
    );
    expect(quoteRule()).toBe(DEFAULT_ACCENT);
    const heading = view.host.querySelector('h2') as HTMLElement;
    expect(getComputedStyle(heading).fontFamily).toMatch(/Georgia/);
    // space.xl is 2.5rem.
    expect(getComputedStyle(heading).marginTop).toBe('40px');
    const aside = view.host.querySelector('aside') as HTMLElement;
    expect(getComputedStyle(aside).borderTopColor).toBe('rgb(26, 26, 26)');
    const title = aside.querySelector('[data-part="title"]') as HTMLElement;
    expect(getComputedStyle(title).fontFamily).toMatch(/system-ui/);
  });

  it('takes the theme of a provider, down to a quotation nested in an article', async () => {
    await view.show(
      <ManchetteThemeProvider theme={{ color: { accent: '#00507a' }, space: { xl: '3rem' } }}>
        <ArticleLayout article={{ ...otanKievConseil.article, section: { name: 'International' } }}>
          {quote()}
        </ArticleLayout>
      </ManchetteThemeProvider>,
    );
    expect(quoteRule()).toBe(BLUE);
    const kicker = view.host.querySelector('[data-part="kicker"]') as HTMLElement;
    expect(getComputedStyle(kicker).color).toBe(BLUE);
    const figure = view.host.querySelector('figure[data-variant]') as HTMLElement;
    expect(getComputedStyle(figure).marginTop).toBe('48px');
  });

  it('takes a token set on the component itself, or on any element around it', async () => {
    await view.show(
      <ArticleLayout article={otanKievConseil.article}>
        {quote({ style: { '--manchette-color-accent': '#006400' } as React.CSSProperties })}
        <div style={{ '--manchette-color-accent': '#00507a' } as React.CSSProperties}>{quote()}</div>
        {quote()}
      </ArticleLayout>,
    );
    expect(quoteRule(0)).toBe(GREEN);
    expect(quoteRule(1)).toBe(BLUE);
    expect(quoteRule(2)).toBe(DEFAULT_ACCENT);
  });
});
