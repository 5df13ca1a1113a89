import fc from 'fast-check';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { otanAideMilitaire } from '../../../fixtures';
import { ArticleLayout } from '../../../src/components/ArticleLayout';
import { ContextScope } from '../../../src/components/context';
import { RelatedArticles } from '../../../src/components/RelatedArticles';
import { Section } from '../../../src/components/Section';
import type { Teaser } from '../../../src/model';
import { act, render, screen, within } from '../../support/render';
import { climat, duterte, rutte, seedTeasers, telegram } from './seedTeasers';

const NBSP = '\u00A0';

function headingLevel(element: HTMLElement): number {
  return Number(element.tagName.slice(1));
}

describe('RelatedArticles region and headings', () => {
  it('is a complementary region labelled by its own h2 heading, « À lire aussi » by default', () => {
    render(<RelatedArticles teasers={seedTeasers} />);
    const region = screen.getByRole('complementary', { name: 'À lire aussi' });
    expect(region.tagName).toBe('ASIDE');
    const title = within(region).getByRole('heading', { level: 2, name: 'À lire aussi' });
    expect(title.id).not.toBe('');
    expect(region).toHaveAttribute('aria-labelledby', title.id);
  });

  it('lists the teasers with headlines one level below the title', () => {
    render(<RelatedArticles teasers={seedTeasers} />);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    const headlines = within(list).getAllByRole('heading');
    expect(headlines.map(headingLevel)).toEqual([3, 3, 3, 3, 3]);
    expect(headlines[3]).toHaveTextContent(
      'Mark Rutte devrait être le prochain chef de l’OTAN après le retrait de Klaus Iohannis',
    );
  });

  it.each([1, 2, 3, 4, 5])(
    'takes the level of a Section at level %i, and puts headlines one below',
    (level) => {
      render(
        <Section level={level}>
          <RelatedArticles teasers={[rutte, climat]} />
        </Section>,
      );
      expect(screen.getByRole('heading', { name: 'À lire aussi' }).tagName).toBe(`H${level}`);
      for (const headline of within(screen.getByRole('list')).getAllByRole('heading')) {
        expect(headingLevel(headline)).toBe(level + 1);
      }
      expect(screen.getByRole('complementary')).toHaveAttribute('data-level', String(level));
    },
  );

  it('follows nested Sections: h3 title and h4 headlines two sections down', () => {
    render(
      <Section level={2}>
        <Section>
          <RelatedArticles teasers={[rutte]} />
        </Section>
      </Section>,
    );
    expect(screen.getByRole('heading', { name: 'À lire aussi' }).tagName).toBe('H3');
    expect(screen.getByRole('heading', { name: /Mark Rutte/ }).tagName).toBe('H4');
  });

  it('clamps the headlines at h6 under a title at level 6, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <Section level={6}>
        <RelatedArticles teasers={[rutte, climat]} />
      </Section>,
    );
    expect(screen.getByRole('heading', { name: 'À lire aussi' }).tagName).toBe('H6');
    for (const headline of within(screen.getByRole('list')).getAllByRole('heading')) {
      expect(headline.tagName).toBe('H6');
    }
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/would pass h6/));
    warn.mockRestore();
  });

  it('takes a custom title and a given heading id', () => {
    render(<RelatedArticles teasers={[rutte]} title="Sur le même sujet" headingId="meme-sujet" />);
    const region = screen.getByRole('complementary', { name: 'Sur le même sujet' });
    expect(region).toHaveAttribute('aria-labelledby', 'meme-sujet');
    expect(screen.getByRole('heading', { name: 'Sur le même sujet' })).toHaveAttribute('id', 'meme-sujet');
  });

  it('gives two blocks on one page distinct heading ids', () => {
    render(
      <>
        <RelatedArticles teasers={[rutte]} />
        <RelatedArticles teasers={[climat]} title="Dernier" />
      </>,
    );
    const [first, second] = screen.getAllByRole('complementary');
    expect(first?.getAttribute('aria-labelledby')).not.toBe(second?.getAttribute('aria-labelledby'));
    expect(screen.getByRole('complementary', { name: 'Dernier' })).toBe(second);
  });

  it('passes className, style and other props to the aside, and shows the layout as data-layout', () => {
    const { rerender } = render(
      <RelatedArticles teasers={[rutte]} className="hote" style={{ marginTop: 8 }} data-testid="liees" />,
    );
    const region = screen.getByTestId('liees');
    expect(region.tagName).toBe('ASIDE');
    expect(region).toHaveClass('hote');
    expect(region.style.marginTop).toBe('8px');
    expect(region).toHaveAttribute('data-layout', 'list');
    rerender(<RelatedArticles teasers={[rutte]} layout="grid" data-testid="liees" />);
    expect(screen.getByTestId('liees')).toHaveAttribute('data-layout', 'grid');
  });
});

describe('RelatedArticles teasers', () => {
  it('links each headline, with one link and no other interactive element per card', () => {
    render(<RelatedArticles teasers={seedTeasers} />);
    for (const item of screen.getAllByRole('listitem')) {
      const links = within(item).getAllByRole('link');
      expect(links).toHaveLength(1);
      expect(links[0]?.closest('h3')).not.toBeNull();
      expect(item.querySelectorAll('a, button, input, select, textarea, [tabindex]')).toHaveLength(1);
    }
    expect(screen.getByRole('link', { name: /^Jens Stoltenberg a\u00A0rencontré/ })).toHaveAttribute(
      'href',
      '/europe/stoltenberg-austin',
    );
  });

  it('shows the section, the standfirst and a French date in <time datetime>', () => {
    render(<RelatedArticles teasers={[telegram]} />);
    const item = screen.getByRole('listitem');
    expect(within(item).getByText('International')).toBeInTheDocument();
    expect(within(item).getByText(/^Les syndicats du crime organisé/)).toHaveTextContent(
      'l’application de messagerie Telegram',
    );
    const time = item.querySelector('time');
    expect(time).toHaveAttribute('datetime', '2024-10-07T08:15:00+02:00');
    expect(time?.textContent).toBe(`7${NBSP}octobre${NBSP}2024`);
  });

  it('typesets headlines the French way', () => {
    render(<RelatedArticles teasers={[telegram]} />);
    // A title's typography: the one-letter « à » stays with the word after it.
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      `Telegram sert de plateforme pour les opérations commerciales clandestines des syndicats criminels à${NBSP}travers l’Asie du Sud-Est, selon l’affirmation de l’ONU.`,
    );
  });

  it('prints dates in the given time zone', () => {
    const lateEvening: Teaser = { ...rutte, datePublished: '2024-06-12T23:30:00Z' };
    const { container, rerender } = render(<RelatedArticles teasers={[lateEvening]} />);
    expect(container.querySelector('time')?.textContent).toBe(`13${NBSP}juin${NBSP}2024`);
    rerender(<RelatedArticles teasers={[lateEvening]} timeZone="America/Montreal" />);
    expect(container.querySelector('time')?.textContent).toBe(`12${NBSP}juin${NBSP}2024`);
  });

  it('renders no <time> for a missing or invalid date, and keeps the teaser', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <RelatedArticles teasers={[climat, { ...rutte, datePublished: 'hier soir' }]} />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(container.querySelector('time')).toBeNull();
    expect(container.textContent).not.toMatch(/Invalid|NaN|hier soir/);
    warn.mockRestore();
  });

  it('writes an ISO date-time that HTML would refuse in UTC in datetime', () => {
    const { container } = render(
      <RelatedArticles teasers={[{ ...rutte, datePublished: '2024-06-20t09:00:00.123456+02:00' }]} />,
    );
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2024-06-20T07:00:00.123Z');
  });

  it('gives images their size, lazy loading, async decoding and an empty alt', () => {
    const { container } = render(<RelatedArticles teasers={[telegram, duterte]} />);
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(1);
    const image = images[0];
    expect(image).toHaveAttribute('src', '/images/telegram.jpg');
    expect(image).toHaveAttribute('width', '1200');
    expect(image).toHaveAttribute('height', '800');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('decoding', 'async');
    expect(image).toHaveAttribute('alt', '');
    // Decorative: not exposed as an image, the headline link carries the meaning.
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('drops an image without a usable size or source, keeping the teaser, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const noSize = { ...telegram, image: { src: '/images/a.jpg', width: 0, height: Number.NaN, alt: '' } };
    const unsafe = {
      ...duterte,
      image: { src: 'data:image/png;base64,AAAA', width: 10, height: 10, alt: '' },
    };
    const { container } = render(<RelatedArticles teasers={[noSize, unsafe]} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(container.querySelector('img')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/image was left out/));
    // One warning per image, each naming its own reason.
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/width and height of "\/images\/a\.jpg"/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/URL "data:image\/png;base64,AAAA" is not http/));
    warn.mockRestore();
  });

  it('drops a teaser image whose size rounds to no whole pixel, keeping the teaser, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const subPixel = { ...telegram, image: { src: '/images/a.jpg', width: 1200, height: 0.4, alt: '' } };
    const rounded = { ...duterte, image: { src: '/images/b.jpg', width: 640.4, height: 359.6, alt: '' } };
    const { container } = render(<RelatedArticles teasers={[subPixel, rounded]} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]).toHaveAttribute('src', '/images/b.jpg');
    expect(images[0]).toHaveAttribute('width', '640');
    expect(images[0]).toHaveAttribute('height', '360');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/related article image was left out: .*"\/images\/a\.jpg", 1200 × 0\.4/),
    );
    warn.mockRestore();
  });

  it('shows at most max teasers, counted after unusable ones are left out', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<RelatedArticles teasers={seedTeasers} max={2} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    rerender(
      <RelatedArticles teasers={[{ ...telegram, url: 'javascript:alert(1)' }, duterte, rutte]} max={2} />,
    );
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      duterte.url,
      rutte.url,
    ]);
    rerender(<RelatedArticles teasers={seedTeasers} max={2.9} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    rerender(<RelatedArticles teasers={seedTeasers} max={-1} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    warn.mockRestore();
  });

  it('renders nothing at all for an empty list or max={0}', () => {
    const { container, rerender } = render(<RelatedArticles teasers={[]} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<RelatedArticles teasers={seedTeasers} max={0} />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('renders nothing when every teaser is left out, and warns once per reason', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <RelatedArticles
        teasers={[
          { ...rutte, url: 'javascript:alert(1)' },
          { ...climat, url: 'javascript:alert(1)' },
          { ...duterte, headline: '   ' },
          null as unknown as Teaser,
        ]}
      />,
    );
    expect(container).toBeEmptyDOMElement();
    expect(warn.mock.calls.filter(([message]) => /URL is not http/.test(String(message)))).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/without a headline/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/not an object/));
    warn.mockRestore();
  });

  it('survives teasers that are not an array', () => {
    const { container } = render(<RelatedArticles teasers={undefined as unknown as Teaser[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('never lets teaser text inject markup', () => {
    const { container } = render(
      <RelatedArticles
        title="<em>Titre</em>"
        teasers={[{ ...rutte, headline: '<img src=x onerror=alert(1)>', standfirst: '<script>x</script>' }]}
      />,
    );
    expect(container.querySelector('img, script, em')).toBeNull();
    expect(screen.getByRole('link')).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  const hostile = fc
    .tuple(
      fc.constantFrom('javascript', 'JaVaScRiPt', 'data', 'DATA', 'vbscript', 'blob', 'file'),
      fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u0008', ' \r\n '),
      fc.constantFrom('', '\t', '\n', '\r\n'),
      fc.constantFrom('alert(1)', 'text/html;base64,PHNjcmlwdD4=', '//x.fr/%0aalert(1)'),
    )
    .map(([scheme, before, inside, payload]) => {
      const cut = Math.max(1, Math.floor(scheme.length / 2));
      return `${before}${scheme.slice(0, cut)}${inside}${scheme.slice(cut)}:${payload}`;
    });

  it('never puts a javascript:, data: or other scheme into an href or src (property)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(hostile, hostile, (url, src) => {
        const teasers: Teaser[] = [
          { ...telegram, url, image: telegram.image && { ...telegram.image, src } },
          { ...duterte, image: telegram.image && { ...telegram.image, src } },
          rutte,
        ];
        const { container, unmount } = render(<RelatedArticles teasers={teasers} />);
        const targets = Array.from(container.querySelectorAll('[href], [src]')).map(
          (element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '',
        );
        const html = container.innerHTML.toLowerCase();
        unmount();
        expect(targets).toEqual([duterte.url, rutte.url]);
        expect(html).not.toMatch(/javascript|vbscript|data:|blob:|file:/);
      }),
      { numRuns: 150 },
    );
    warn.mockRestore();
  }, 30_000);
});

describe('RelatedArticles hydration', () => {
  it('hydrates server markup with the same heading id and no mismatch', async () => {
    const ui = (
      <Section level={2}>
        <RelatedArticles teasers={seedTeasers} layout="grid" />
      </Section>
    );
    const html = renderToString(ui);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const serverId = container.querySelector('aside')?.getAttribute('aria-labelledby');
    expect(serverId).toBeTruthy();

    const errors: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const root = await act(async () =>
      hydrateRoot(container, ui, {
        onRecoverableError: (error) => errors.push(error),
      }),
    );
    expect(errors).toEqual([]);
    const aside = container.querySelector('aside');
    expect(aside?.getAttribute('aria-labelledby')).toBe(serverId);
    expect(container.querySelector(`[id="${serverId}"]`)?.tagName).toBe('H2');
    consoleError.mockRestore();
    act(() => root.unmount());
    container.remove();
  });
});

describe('RelatedArticles inside ArticleLayout', () => {
  it('sits beside the body at h2 under the h1 headline, its headlines at h3, and shifts with the base level', () => {
    const { rerender } = render(
      <ArticleLayout article={otanAideMilitaire.article} related={otanAideMilitaire.related} />,
    );
    const region = screen.getByRole('complementary', { name: 'À lire aussi' });
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(within(region).getByRole('heading', { name: 'À lire aussi' }).tagName).toBe('H2');
    expect(within(within(region).getByRole('list')).getAllByRole('heading').map(headingLevel)).toEqual([
      3, 3,
    ]);

    rerender(
      <ArticleLayout
        article={otanAideMilitaire.article}
        related={otanAideMilitaire.related}
        headingLevel={3}
      />,
    );
    const shifted = screen.getByRole('complementary', { name: 'À lire aussi' });
    expect(within(shifted).getByRole('heading', { name: 'À lire aussi' }).tagName).toBe('H4');
    expect(within(within(shifted).getByRole('list')).getAllByRole('heading').map(headingLevel)).toEqual([
      5, 5,
    ]);
  });
});

describe('RelatedArticles languages', () => {
  const english: Teaser[] = [
    {
      url: '/world/rutte',
      headline: 'Rutte: "the next chief"?',
      standfirst: "It's done; 40%...",
      section: { name: 'World: Europe' },
      datePublished: '2024-06-20T09:00:00+02:00',
    },
  ];

  it('shows teasers in its own lang as typed, the library’s French title and dates marked lang="fr"', () => {
    render(<RelatedArticles teasers={english} lang="en-GB" />);
    const region = screen.getByRole('complementary');
    expect(region).toHaveAttribute('lang', 'en-GB');
    expect(within(region).getByRole('heading', { level: 3 }).textContent).toBe('Rutte: "the next chief"?');
    expect(region.textContent).toContain("It's done; 40%...");
    expect(region.textContent).toContain('World: Europe');
    expect(within(region).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'fr');
    expect(region.querySelector('time')).toHaveAttribute('lang', 'fr');
  });

  it('takes the language around, and types a title it is given in that language', () => {
    render(
      <ContextScope language="en">
        <RelatedArticles teasers={english} title="Read more: NATO" />
      </ContextScope>,
    );
    const title = screen.getByRole('heading', { level: 2 });
    expect(title.textContent).toBe('Read more: NATO');
    expect(title).not.toHaveAttribute('lang');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Rutte: "the next chief"?');
  });

  it('typesets teasers in French by default, with nothing marked', () => {
    render(<RelatedArticles teasers={english} />);
    const region = screen.getByRole('complementary');
    expect(within(region).getByRole('heading', { level: 3 }).textContent).toBe(
      'Rutte\u00A0: «\u202Fthe next chief\u202F»\u202F?',
    );
    expect(region.querySelectorAll('[lang]')).toHaveLength(0);
  });
});
