import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { exampleSite, otanAideMilitaire, otanKievConseil, seedFixtures } from '../../fixtures';
import { ArticleLayout } from '../../src/components/ArticleLayout';
import { QuoteBlock } from '../../src/components/QuoteBlock';
import { Section } from '../../src/components/Section';
import { Subheading } from '../../src/components/Subheading';
import type { Article } from '../../src/model';
import { outlineFromElement, outlineProblems } from '../../support/outline';

// Tells React that act() is available here, as Testing Library does in jsdom.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// 23:30 UTC on 31 January: in Paris (UTC+1) already 1 February, in Los Angeles still 31 January.
const article: Article = {
  ...otanKievConseil.article,
  datePublished: '2024-01-31T23:30:00Z',
  dateModified: '2024-02-01T08:05:00Z',
};
const PUBLISHED = 'Publié le 1er février 2024 à 0 h 30';
const MODIFIED = 'Mis à jour le 1er février 2024 à 9 h 05';

function page_(props: { composed: boolean }) {
  return (
    <ArticleLayout article={article} related={otanAideMilitaire.related} site={exampleSite}>
      {props.composed ? (
        <>
          <p>Les ministres des Affaires étrangères des pays de l’OTAN ont conclu deux jours de réunions.</p>
          <Subheading permalink>Contexte</Subheading>
          <QuoteBlock text="Nous restons inébranlables." attribution={{ name: 'Jens Stoltenberg' }} />
          <Section>
            <Subheading permalink>Contexte</Subheading>
          </Section>
          <Subheading permalink>Contexte</Subheading>
        </>
      ) : undefined}
    </ArticleLayout>
  );
}

async function setBrowserZone(timezoneId: string) {
  await cdp().send('Emulation.setTimezoneOverride', { timezoneId });
}

let host: HTMLDivElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(async () => {
  host.remove();
  vi.restoreAllMocks();
  await setBrowserZone('UTC');
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
});

describe('hydration of the server markup', () => {
  // The markup is rendered once with the browser in UTC, as a Node server with TZ=UTC would,
  // then hydrated with the browser in other zones.
  for (const composed of [false, true]) {
    it.each(['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/Paris'])(
      `hydrates ${composed ? 'a composed body' : 'the data body'} without mismatch in %s`,
      async (zone) => {
        await setBrowserZone('UTC');
        const serverHtml = renderToString(page_({ composed }));

        await setBrowserZone(zone);
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
        host.innerHTML = serverHtml;
        const before = host.querySelector('article')?.outerHTML;

        const errors = vi.spyOn(console, 'error');
        const recoverable: unknown[] = [];
        let root: ReturnType<typeof hydrateRoot> | undefined;
        await act(async () => {
          root = hydrateRoot(host, page_({ composed }), {
            onRecoverableError: (error) => recoverable.push(error),
          });
        });
        expect(recoverable).toEqual([]);
        expect(errors).not.toHaveBeenCalled();
        // Hydration kept the server's nodes: nothing was re-rendered on the client.
        expect(host.querySelector('article')?.outerHTML).toBe(before);

        const times = Array.from(host.querySelectorAll('header time'));
        expect(times.map((time) => time.parentElement?.textContent?.replace(/\s+/g, ' '))).toEqual([
          PUBLISHED,
          MODIFIED,
        ]);
        if (composed) {
          const ids = Array.from(host.querySelectorAll('h2[id], h3[id]'), (heading) => heading.id);
          expect(ids).toEqual(['contexte', 'contexte-2', 'contexte-3', expect.any(String)]);
        }
        act(() => root?.unmount());
      },
    );
  }
});

/** How many characters of the element's text sit on its first line. */
function charactersOnFirstLine(element: HTMLElement): number {
  const text = element.firstChild;
  if (!(text instanceof Text)) throw new Error('expected the element to start with its text');
  const range = document.createRange();
  let top: number | undefined;
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    const rect = range.getClientRects()[0];
    if (!rect) continue;
    top ??= Math.round(rect.top);
    if (Math.round(rect.top) > top + 2) break;
    count += 1;
  }
  return count;
}

const quote = <QuoteBlock text="Nous restons inébranlables." attribution={{ name: 'Jens Stoltenberg' }} />;

describe('layout in a real browser', () => {
  async function show(ui: React.ReactElement) {
    const { createRoot } = await import('react-dom/client');
    const root = createRoot(host);
    await act(async () => root.render(ui));
    return root;
  }

  it.each(seedFixtures.map((fixture) => [fixture.id, fixture] as const))(
    'does not scroll sideways at 320 px: %s',
    async (_id, fixture) => {
      await page.viewport(320, 640);
      const root = await show(<ArticleLayout article={fixture.article} related={fixture.related} />);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      for (const image of host.querySelectorAll('img')) {
        expect(image.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      }
      act(() => root.unmount());
    },
  );

  it('sets body text in a column of 60 to 75 characters a line on a wide screen', async () => {
    await page.viewport(1400, 900);
    const root = await show(<ArticleLayout article={otanAideMilitaire.article} />);
    const paragraphs = Array.from(host.querySelectorAll<HTMLParagraphElement>('article > div > p'));
    let characters = 0;
    let lines = 0;
    for (const paragraph of paragraphs) {
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const tops = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
      // The last line of a paragraph is short by nature: count only the full ones.
      if (tops.size < 3) continue;
      const lineHeight = Number.parseFloat(getComputedStyle(paragraph).lineHeight);
      const full = Math.round(paragraph.getBoundingClientRect().height / lineHeight) - 1;
      const text = paragraph.textContent ?? '';
      // Characters on the full lines: everything but an estimate of the last, half-full line.
      characters += text.length * (full / (full + 0.5));
      lines += full;
    }
    expect(lines).toBeGreaterThan(5);
    const perLine = characters / lines;
    expect(perLine).toBeGreaterThanOrEqual(60);
    expect(perLine).toBeLessThanOrEqual(75);
    act(() => root.unmount());
  });

  it('styles the parts of the header and the footer', async () => {
    await page.viewport(1280, 900);
    const root = await show(
      <ArticleLayout
        article={{ ...otanKievConseil.article, section: { name: 'International' }, source: { name: 'AA' } }}
      />,
    );
    const part = (name: string) =>
      getComputedStyle(host.querySelector(`[data-part="${name}"]`) as HTMLElement);
    const muted = 'rgb(89, 89, 89)';
    expect(part('kicker').textTransform).toBe('uppercase');
    // textSize.headline is clamp(1.75rem, 1.3rem + 2vw, 2.75rem): 2.75rem at 1280 px.
    expect(part('headline').fontSize).toBe('44px');
    expect(part('standfirst').fontWeight).toBe('400');
    expect(part('job-title').color).toBe(muted);
    expect(part('dates').display).toBe('flex');
    expect(part('source').color).toBe(muted);
    expect(part('tags').display).toBe('flex');
    expect(
      getComputedStyle(host.querySelector('[data-part="tags"] > li') as HTMLElement).borderTopStyle,
    ).toBe('solid');
    act(() => root.unmount());
  });

  it('gives the header the whole column at 1280 px, on the body’s left edge, the body keeping its measure', async () => {
    await page.viewport(1280, 900);
    const root = await show(<ArticleLayout article={otanAideMilitaire.article} />);
    const header = host.querySelector('article > header') as HTMLElement;
    const body = host.querySelector('article > [data-part="body"]') as HTMLElement;
    const headline = host.querySelector('h1') as HTMLElement;
    const headerBox = header.getBoundingClientRect();
    const bodyBox = body.getBoundingClientRect();
    // The headline gets the column (44rem), not the body's 56ch (about 500 px)…
    expect(bodyBox.width).toBeLessThan(520);
    expect(headerBox.width).toBeGreaterThan(bodyBox.width * 1.3);
    expect(headerBox.width).toBeLessThanOrEqual(44 * 16);
    // …from the body's left edge.
    expect(Math.abs(headerBox.left - bodyBox.left)).toBeLessThan(1);
    // 91 characters: 5 lines in the body's column, 3 in the header's.
    const lines = Math.round(
      headline.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(headline).lineHeight),
    );
    expect(lines).toBeLessThanOrEqual(3);
    // The chapô, larger than body text, keeps a readable measure in the wider column.
    const standfirst = header.querySelector('[data-part="standfirst"]') as HTMLElement;
    const firstLine = charactersOnFirstLine(standfirst);
    expect(firstLine).toBeGreaterThanOrEqual(55);
    expect(firstLine).toBeLessThanOrEqual(75);
    act(() => root.unmount());
  });

  it('keeps one top heading and no skipped level', async () => {
    await page.viewport(1000, 800);
    const root = await show(page_({ composed: true }));
    expect(outlineProblems(outlineFromElement(host), { topLevel: 1 })).toEqual([]);
    act(() => root.unmount());
  });

  it('shows a visible focus ring on the links it renders', async () => {
    await page.viewport(1000, 800);
    const root = await show(page_({ composed: true }));
    const links = Array.from(host.querySelectorAll('a'));
    expect(links.length).toBeGreaterThan(3);
    for (let index = 0; index < 4; index += 1) {
      await userEvent.tab();
      // Let the permalink's fade-in finish.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const focused = document.activeElement as HTMLElement;
      expect(focused.tagName).toBe('A');
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).toBe('solid');
      expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(style.opacity).toBe('1');
    }
    act(() => root.unmount());
  });

  it('prints black on white, without related articles or permalinks, with the URL after external links', async () => {
    await page.viewport(1000, 800);
    const root = await show(
      <ArticleLayout
        article={{ ...otanKievConseil.article, source: { name: 'OTAN', url: 'https://www.nato.int/' } }}
        related={otanAideMilitaire.related}
      >
        <Subheading permalink>Contexte</Subheading>
        <p>
          Voir <a href="https://www.nato.int/cps/fr/natohq/news.htm">le communiqué</a>.
        </p>
        {quote}
      </ArticleLayout>,
    );
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    expect(matchMedia('print').matches).toBe(true);
    const related = host.querySelector('aside');
    expect(related && getComputedStyle(related).display).toBe('none');
    const permalink = host.querySelector('a[href="#contexte"]') as HTMLElement;
    expect(getComputedStyle(permalink).display).toBe('none');
    const external = host.querySelector('a[href^="https://www.nato.int/cps"]') as HTMLElement;
    expect(getComputedStyle(external, '::after').content).toBe(
      '" (https://www.nato.int/cps/fr/natohq/news.htm)"',
    );
    const article = host.querySelector('article') as HTMLElement;
    expect(getComputedStyle(article).color).toBe('rgb(0, 0, 0)');
    expect(getComputedStyle(article).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(external).color).toBe('rgb(0, 0, 0)');
    // The byline names the author; the URL of their page is no use on paper.
    const author = host.querySelector('[data-part="byline"] a[href^="http"]') as HTMLElement;
    expect(getComputedStyle(author, '::after').content).toBe('none');
    // The quotation's rule is black, not the screen's accent.
    const rule = host.querySelector('figure[data-variant]') as HTMLElement;
    expect(getComputedStyle(rule).borderInlineStartColor).toBe('rgb(0, 0, 0)');
    // The body takes the page's width, not the screen's reading column.
    const body = host.querySelector('[data-part="body"]') as HTMLElement;
    expect(body.getBoundingClientRect().width).toBeCloseTo(article.clientWidth, 0);
    act(() => root.unmount());
  });
});
