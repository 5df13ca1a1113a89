import type * as React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { otanAideMilitaire, seedFixtures } from '../../fixtures';
import { ArticleLayout } from '../../src/components/ArticleLayout';
import { RelatedArticles } from '../../src/components/RelatedArticles';
import { contrastRatio } from '../../support/contrast';
import { browserHost } from '../support/browserHost';

/**
 * The page's grid, measured in Chromium through the styling contract
 * (`data-part`, `header`, `footer`): one left edge for every part, captions
 * as wide as the text column, teaser cards that look the same inside and
 * outside an article, and body text that reads in both colour schemes.
 */

const view = browserHost();
afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
});

/** Every part that must start on the grid's left edge, by name, with the x where its box starts. */
function leftEdges(article: HTMLElement): Map<string, number> {
  const edges = new Map<string, number>();
  const add = (name: string, element: Element | null | undefined) => {
    if (element) edges.set(name, element.getBoundingClientRect().left);
  };
  for (const part of ['kicker', 'headline', 'standfirst', 'byline', 'dates']) {
    add(part, article.querySelector(`:scope > header > [data-part="${part}"]`));
  }
  const lead = article.querySelector(':scope > [data-part="figure"]');
  add('lead image', lead?.querySelector('img'));
  add('caption', lead?.querySelector('figcaption'));
  const body = article.querySelector(':scope > [data-part="body"]');
  add('body', body);
  add('paragraph', body?.querySelector(':scope > p'));
  add('subheading', body?.querySelector(':scope > :is(h2, [data-permalink])'));
  add('quote', body?.querySelector(':scope > figure[data-variant]'));
  add('corrections', article.querySelector(':scope > [data-part="corrections"]'));
  add('source', article.querySelector(':scope > footer > [data-part="source"]'));
  add('tags', article.querySelector(':scope > footer > [data-part="tags"]'));
  add('related', article.querySelector(':scope > [data-part="related"]'));
  return edges;
}

describe('one grid', () => {
  for (const width of [320, 390, 1280]) {
    it.each(seedFixtures.map((fixture) => [fixture.id, fixture] as const))(
      `puts every part on one left edge at ${width} px: %s`,
      async (_id, fixture) => {
        await page.viewport(width, 900);
        // With a correction, which sits between the body and the footer.
        const corrected = {
          ...fixture.article,
          corrections: [{ date: '2024-12-01T10:00:00+01:00', text: 'Une date a été corrigée.' }],
        };
        await view.show(<ArticleLayout article={corrected} related={fixture.related} />);
        const article = view.host.querySelector('article') as HTMLElement;
        const edges = leftEdges(article);
        // The parts the page has, so that a part missing from the contract fails the test.
        const expected = ['headline', 'dates', 'body', 'paragraph', 'corrections'];
        if (fixture.article.standfirst) expected.push('standfirst');
        if (fixture.article.image) expected.push('lead image');
        if (fixture.related.length > 0) expected.push('related');
        for (const part of expected) expect(edges.has(part), part).toBe(true);
        const headline = edges.get('headline') as number;
        for (const [part, left] of edges) {
          expect(
            Math.abs(left - headline),
            `${part} at ${left}, headline at ${headline}`,
          ).toBeLessThanOrEqual(2);
        }
      },
    );
  }

  it.each([320, 390, 1280])(
    'sets the lead caption exactly as wide as the text column at %i px',
    async (width) => {
      await page.viewport(width, 900);
      await view.show(<ArticleLayout article={otanAideMilitaire.article} />);
      const caption = view.host.querySelector('article > [data-part="figure"] > figcaption') as HTMLElement;
      const body = view.host.querySelector('article > [data-part="body"]') as HTMLElement;
      expect(caption.getBoundingClientRect().width).toBeCloseTo(body.getBoundingClientRect().width, 0);
      // The credit is set apart on a line of its own, smaller than the caption.
      const credit = caption.querySelector('small') as HTMLElement;
      const text = caption.querySelector('span') as HTMLElement;
      expect(credit.getBoundingClientRect().top).toBeGreaterThanOrEqual(
        text.getBoundingClientRect().bottom - 1,
      );
      expect(Number.parseFloat(getComputedStyle(credit).fontSize)).toBeLessThan(
        Number.parseFloat(getComputedStyle(text).fontSize),
      );
    },
  );

  it('widens the lead image beyond the text column on a wide screen, and not past the column', async () => {
    await page.viewport(1280, 900);
    await view.show(<ArticleLayout article={otanAideMilitaire.article} />);
    const image = view.host.querySelector('article > [data-part="figure"] > img') as HTMLElement;
    const header = view.host.querySelector('article > header') as HTMLElement;
    const body = view.host.querySelector('article > [data-part="body"]') as HTMLElement;
    const imageWidth = image.getBoundingClientRect().width;
    expect(imageWidth).toBeGreaterThan(body.getBoundingClientRect().width * 1.2);
    expect(imageWidth).toBeLessThanOrEqual(header.getBoundingClientRect().width + 0.5);
  });
});

/** What makes a page look like a phone's: the type sizes, the margins, the columns and the teasers' layout. */
function phoneLook(article: HTMLElement) {
  const origin = article.getBoundingClientRect().left;
  const box = (selector: string) => (article.querySelector(selector) as HTMLElement).getBoundingClientRect();
  const fontSize = (selector: string) =>
    getComputedStyle(article.querySelector(selector) as HTMLElement).fontSize;
  const teaser = article.querySelector('[data-part="related"] li[data-has-image]') as HTMLElement;
  const image = (teaser.querySelector('img') as HTMLElement).getBoundingClientRect();
  const title = (teaser.querySelector('[data-part="headline"]') as HTMLElement).getBoundingClientRect();
  return {
    headline: fontSize(':scope > header > [data-part="headline"]'),
    standfirst: fontSize(':scope > header > [data-part="standfirst"]'),
    subheading: fontSize('[data-part="body"] h2'),
    edge: Math.round(box(':scope > header > [data-part="headline"]').left - origin),
    body: Math.round(box(':scope > [data-part="body"]').width),
    lead: Math.round(box(':scope > [data-part="figure"] img').width),
    // On a phone the teaser's picture sits above its title, across the card.
    teaserImageAbove: image.bottom <= title.top + 0.5 && image.width >= title.width - 0.5,
  };
}

describe('an article in a narrow column of a wide page', () => {
  it('is set as on a phone: a 390 px column in a 1280 px window looks like a 390 px screen', async () => {
    const ui = (
      <div style={{ inlineSize: '390px' }}>
        <ArticleLayout article={otanAideMilitaire.article} related={otanAideMilitaire.related} />
      </div>
    );
    await page.viewport(390, 900);
    await view.show(ui);
    const phone = phoneLook(view.host.querySelector('article') as HTMLElement);
    view.unmount();
    await page.viewport(1280, 900);
    await view.show(ui);
    const column = phoneLook(view.host.querySelector('article') as HTMLElement);
    expect(column).toEqual(phone);
    expect(phone.edge).toBe(16);
    expect(phone.body).toBe(358);
    expect(phone.teaserImageAbove).toBe(true);
    // The same article across the wide window keeps its desktop setting.
    view.unmount();
    await view.show(
      <ArticleLayout article={otanAideMilitaire.article} related={otanAideMilitaire.related} />,
    );
    const wide = phoneLook(view.host.querySelector('article') as HTMLElement);
    expect(Number.parseFloat(wide.headline)).toBeGreaterThan(Number.parseFloat(phone.headline));
    expect(wide.teaserImageAbove).toBe(false);
  });
});

describe('titles', () => {
  it('keep a short hyphenated compound on one line, with its plain hyphen, in the headline and teasers', async () => {
    await page.viewport(320, 900);
    const headline = 'Dans le Sud-Est, les alliés promettent des armes au porte-parole de Kiev';
    const teaser = { ...otanAideMilitaire.related[0], headline: 'Le Sud-Est réclame des garanties' };
    await view.show(
      <ArticleLayout
        article={{ ...otanAideMilitaire.article, headline }}
        related={[teaser as (typeof otanAideMilitaire.related)[number]]}
      />,
    );
    const title = view.host.querySelector('[data-part="headline"]') as HTMLElement;
    expect(title.textContent?.replace(/\s/g, ' ')).toBe(headline);
    const compounds = Array.from(view.host.querySelectorAll<HTMLElement>('[data-nobreak]'));
    // The headline's two, the teaser title's, and the teaser standfirst's « l’Asie du Sud-Est ».
    expect(compounds.map((compound) => compound.textContent)).toEqual([
      'Sud-Est',
      'porte-parole',
      'Sud-Est',
      'Sud-Est',
    ]);
    for (const compound of compounds) {
      expect(getComputedStyle(compound).whiteSpace).toBe('nowrap');
      // One box: the compound is never split across two lines.
      expect(compound.getClientRects()).toHaveLength(1);
    }
  });
});

describe('type scale', () => {
  it.each([320, 1280])('sets headline > standfirst > subheading > body at %i px', async (width) => {
    await page.viewport(width, 900);
    await view.show(
      <ArticleLayout article={otanAideMilitaire.article} related={otanAideMilitaire.related} />,
    );
    const size = (selector: string) =>
      Number.parseFloat(getComputedStyle(view.host.querySelector(selector) as HTMLElement).fontSize);
    const headline = size('[data-part="headline"]');
    const standfirst = size('header > [data-part="standfirst"]');
    const subheading = size('[data-part="body"] h2');
    const body = size('[data-part="body"] > p');
    expect(headline).toBeGreaterThan(standfirst);
    expect(standfirst).toBeGreaterThan(subheading);
    expect(subheading).toBeGreaterThan(body);
    // A teaser title is card-sized: no larger than body text, and cut after four lines.
    const teaser = view.host.querySelector('[data-part="related"] [data-part="headline"]') as HTMLElement;
    expect(Number.parseFloat(getComputedStyle(teaser).fontSize)).toBeLessThanOrEqual(body);
    const lineHeight = Number.parseFloat(getComputedStyle(teaser).lineHeight);
    expect(teaser.getBoundingClientRect().height).toBeLessThanOrEqual(4 * lineHeight + 1);
  });
});

describe('teaser cards', () => {
  it('look the same inside an article and alone', async () => {
    await page.viewport(1280, 900);
    const teasers = otanAideMilitaire.related;
    await view.show(
      <>
        <RelatedArticles teasers={teasers} />
        <ArticleLayout article={otanAideMilitaire.article} related={teasers} />
      </>,
    );
    const [alone, inside] = Array.from(view.host.querySelectorAll('aside')).map((aside) => ({
      link: getComputedStyle(aside.querySelector('[data-part="headline"] > a') as HTMLElement),
      standfirst: getComputedStyle(aside.querySelector('[data-part="standfirst"]') as HTMLElement),
    }));
    if (!alone || !inside) throw new Error('expected two related-articles blocks');
    expect(inside.link.color).toBe(alone.link.color);
    expect(inside.link.textDecorationLine).toBe(alone.link.textDecorationLine);
    expect(inside.link.textDecorationLine).toBe('none');
    expect(inside.link.fontSize).toBe(alone.link.fontSize);
    expect(inside.standfirst.marginBottom).toBe(alone.standfirst.marginBottom);
    // The title is in the text colour, not the article's link accent.
    const text = getComputedStyle(view.host.querySelector('article') as HTMLElement).color;
    expect(inside.link.color).toBe(text);
  });
});

describe('« À lire aussi » as a list', () => {
  it('sets each picture at the left of its text, the items about a line apart, no spare height in the text', async () => {
    await page.viewport(1280, 900);
    const seed = seedFixtures.find((fixture) => fixture.id === 'stoltenberg-long-terme');
    if (!seed) throw new Error('seed stoltenberg-long-terme not found');
    await view.show(<ArticleLayout article={seed.article} related={seed.related} />);
    const items = Array.from(view.host.querySelectorAll<HTMLElement>('[data-part="related"] li'));
    expect(items.length).toBeGreaterThan(1);
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    const boxes = (item: HTMLElement) => Array.from(item.children, (child) => child.getBoundingClientRect());
    for (const item of items) {
      const image = (item.querySelector('img') as HTMLElement).getBoundingClientRect();
      const headline = (item.querySelector('[data-part="headline"]') as HTMLElement).getBoundingClientRect();
      const meta = (item.querySelector('[data-part="meta"]') as HTMLElement).getBoundingClientRect();
      expect(Math.abs(image.left - item.getBoundingClientRect().left)).toBeLessThan(0.5);
      expect(headline.left).toBeGreaterThan(image.right);
      expect(image.top - headline.top).toBeLessThan(rem);
      // The date follows the title at the row gap: the picture's rows hand no spare height to the text.
      expect(meta.top - headline.bottom).toBeLessThanOrEqual(
        Number.parseFloat(getComputedStyle(item).rowGap) + 0.5,
      );
    }
    for (let index = 1; index < items.length; index++) {
      const above = Math.max(...boxes(items[index - 1] as HTMLElement).map((box) => box.bottom));
      const below = Math.min(...boxes(items[index] as HTMLElement).map((box) => box.top));
      // Between items: the rule and about a line's height around it, not a card's gap.
      expect(below - above).toBeLessThanOrEqual(2.5 * rem);
    }
  });
});

/** `rgb(r, g, b)` as `#rrggbb`, for the WCAG contrast helper. */
function hex(rgb: string): string {
  const channels = rgb.match(/\d+(\.\d+)?/g)?.slice(0, 3);
  if (!channels || channels.length < 3) throw new Error(`not an rgb() colour: ${rgb}`);
  return `#${channels.map((channel) => Math.round(Number(channel)).toString(16).padStart(2, '0')).join('')}`;
}

describe('colour schemes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`sets body text at 7:1 or more on the article's background in the ${scheme} scheme`, async () => {
      await cdp().send('Emulation.setEmulatedMedia', {
        media: '',
        features: [{ name: 'prefers-color-scheme', value: scheme }],
      });
      expect(matchMedia(`(prefers-color-scheme: ${scheme})`).matches).toBe(true);
      await view.show(
        <ArticleLayout
          article={{ ...otanAideMilitaire.article, section: { name: 'International' } }}
          related={otanAideMilitaire.related}
        />,
      );
      const article = view.host.querySelector('article') as HTMLElement;
      const background = hex(getComputedStyle(article).backgroundColor);
      const paragraph = hex(
        getComputedStyle(article.querySelector('[data-part="body"] > p') as HTMLElement).color,
      );
      expect(contrastRatio(paragraph, background)).toBeGreaterThanOrEqual(7);
      // The scheme really changed the page: dark text on light, or light text on dark.
      const luminous = (colour: string) => contrastRatio(colour, '#000000') as number;
      if (scheme === 'dark') expect(luminous(background)).toBeLessThan(luminous(paragraph));
      else expect(luminous(background)).toBeGreaterThan(luminous(paragraph));
      // The accent (kicker, links, quotation marks) still reads, at 4.5:1.
      const kicker = article.querySelector('header > [data-part="kicker"]') as HTMLElement;
      const accent = hex(getComputedStyle(kicker).color);
      expect(accent).not.toBe(paragraph);
      expect(contrastRatio(accent, background)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('holds the light scheme when the host sets --manchette-color-scheme: light', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      media: '',
      features: [{ name: 'prefers-color-scheme', value: 'dark' }],
    });
    await view.show(
      <div style={{ '--manchette-color-scheme': 'light' } as React.CSSProperties}>
        <ArticleLayout article={otanAideMilitaire.article} />
      </div>,
    );
    const article = view.host.querySelector('article') as HTMLElement;
    expect(getComputedStyle(article).backgroundColor).toBe('rgb(255, 255, 255)');
  });
});
