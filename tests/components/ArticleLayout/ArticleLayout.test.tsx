import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleLayout } from '../../../src/components/ArticleLayout';
import { QuoteBlock } from '../../../src/components/QuoteBlock';
import { Section } from '../../../src/components/Section';
import { Subheading } from '../../../src/components/Subheading';
import type { Article, SiteConfig } from '../../../src/model';
import { buildArticleMeta } from '../../../src/seo';
import { outlineFromElement, outlineProblems } from '../../../support/outline';
import { render, screen, within } from '../../support/render';
import { natoReady, otanKiev, teasers } from './article';

afterEach(() => vi.restoreAllMocks());

function silenceWarnings() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('ArticleLayout structure', () => {
  it('renders an article in its language, labelled by its one h1', () => {
    render(<ArticleLayout article={otanKiev} />);
    const article = screen.getByRole('article');
    expect(article).toHaveAttribute('lang', 'fr-FR');
    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0]).toHaveTextContent('L’OTAN réitère son soutien à Kiev');
    expect(article).toHaveAccessibleName(
      'L’OTAN réitère son soutien à\u00A0Kiev lors de la réunion du Conseil OTAN-Ukraine',
    );
    expect(article).toHaveAttribute('data-heading-level', '1');
  });

  it('defaults the language to fr', () => {
    render(<ArticleLayout article={{ ...otanKiev, language: undefined }} />);
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'fr');
  });

  it('holds kicker, headline, standfirst, byline and dates in its header, in that order', () => {
    const { container } = render(<ArticleLayout article={otanKiev} />);
    const header = container.querySelector('article > header');
    if (!header) throw new Error('no header');
    const kicker = within(header as HTMLElement).getByRole('link', { name: 'International' });
    expect(kicker).toHaveAttribute('href', '/international');
    const parts = Array.from(header.children).map((child) => child.textContent ?? '');
    expect(parts[0]).toBe('International');
    expect(parts[1]).toMatch(/^L’OTAN réitère/);
    expect(parts[2]).toMatch(/^Le secrétaire général/);
    expect(parts[3]).toMatch(/^Par /);
    expect(parts[4]).toMatch(/^Publié le /);
  });

  it('signs « Par X, fonction, et Y » with rel="author" links where the author has a page', () => {
    const { container } = render(<ArticleLayout article={otanKiev} />);
    const byline = container.querySelector('header p:nth-of-type(3)');
    expect(byline).toHaveTextContent('Par Shona Murray, correspondante à Bruxelles, et Euronews');
    const author = screen.getByRole('link', { name: 'Shona Murray' });
    expect(author).toHaveAttribute('rel', 'author');
    expect(author).toHaveAttribute('href', '/auteurs/shona-murray');
    expect(screen.queryByRole('link', { name: 'Euronews' })).toBeNull();
  });

  it('joins three authors with commas and « et »', () => {
    render(
      <ArticleLayout
        article={{
          ...otanKiev,
          authors: [{ name: 'A. Martin' }, { name: 'B. Durand' }, { name: 'C. Petit' }],
        }}
      />,
    );
    expect(screen.getByText(/^Par/)).toHaveTextContent('Par A. Martin, B. Durand et C. Petit');
  });

  it('prints the dates in French, in Europe/Paris, in <time dateTime>', () => {
    const { container } = render(
      <ArticleLayout
        article={{ ...otanKiev, datePublished: '2024-06-12T12:30:00Z', dateModified: '2024-06-12T16:05:00Z' }}
      />,
    );
    const times = container.querySelectorAll('header time');
    expect(times).toHaveLength(2);
    expect(times[0]).toHaveAttribute('datetime', '2024-06-12T12:30:00Z');
    expect(times[0]?.parentElement).toHaveTextContent('Publié le 12 juin 2024 à 14 h 30');
    expect(times[1]).toHaveAttribute('datetime', '2024-06-12T16:05:00Z');
    expect(times[1]?.parentElement).toHaveTextContent('Mis à jour le 12 juin 2024 à 18 h 05');
  });

  it('prints a day without a time when the date gives the day only', () => {
    const { container } = render(
      <ArticleLayout article={{ ...otanKiev, datePublished: '2024-06-12', dateModified: undefined }} />,
    );
    const times = container.querySelectorAll('header time');
    expect(times).toHaveLength(1);
    expect(times[0]).toHaveAttribute('datetime', '2024-06-12');
    expect(times[0]?.parentElement).toHaveTextContent(/^Publié le 12 juin 2024$/);
  });

  it('prints the dates in the site’s zone, and the timeZone prop wins over it', () => {
    const site = {
      name: 'Le Quotidien',
      url: 'https://www.lequotidien.example',
      logo: { src: '/logo.png', width: 600, height: 60 },
      timeZone: 'America/Montreal',
    };
    const article = { ...otanKiev, datePublished: '2024-06-12T12:30:00Z', dateModified: undefined };
    const { rerender } = render(<ArticleLayout article={article} site={site} />);
    expect(screen.getByText(/^Publié le/)).toHaveTextContent('Publié le 12 juin 2024 à 8 h 30');
    rerender(<ArticleLayout article={article} site={site} timeZone="Indian/Reunion" />);
    expect(screen.getByText(/^Publié le/)).toHaveTextContent('Publié le 12 juin 2024 à 16 h 30');
  });

  it('shows no update when dateModified is absent, equal, earlier or in the same minute', () => {
    const cases = [
      undefined,
      '2024-04-04T14:30:00+02:00',
      '2024-04-03T10:00:00+02:00',
      '2024-04-04T14:30:40+02:00',
    ];
    for (const dateModified of cases) {
      const { container, unmount } = render(<ArticleLayout article={{ ...otanKiev, dateModified }} />);
      expect(container.querySelectorAll('time')).toHaveLength(1);
      expect(container).not.toHaveTextContent('Mis à jour');
      unmount();
    }
  });

  it('renders the lead figure eagerly with its size, caption and credit', () => {
    render(<ArticleLayout article={otanKiev} />);
    const image = screen.getByRole('img', { name: /Jens Stoltenberg à la tribune/ });
    expect(image).toHaveAttribute('src', '/images/otan-conseil.jpg');
    expect(image).toHaveAttribute('width', '1200');
    expect(image).toHaveAttribute('height', '675');
    expect(image).toHaveAttribute('fetchpriority', 'high');
    expect(image).toHaveAttribute('decoding', 'async');
    expect(image).not.toHaveAttribute('loading');
    const figure = image.closest('figure');
    const caption = figure?.querySelector('figcaption');
    expect(caption).toHaveTextContent('Jens Stoltenberg à Bruxelles, le 4 avril 2024. © EBU');
    expect(caption?.querySelector('small')).toHaveTextContent('© EBU');
  });

  it('renders the body blocks: paragraphs, unique subheadings, quotes, lazy images, lists', () => {
    const { container } = render(<ArticleLayout article={otanKiev} />);
    const subheadings = screen.getAllByRole('heading', { level: 2, name: 'Umerov remercie les alliés' });
    expect(subheadings.map((heading) => heading.id)).toEqual([
      'umerov-remercie-les-allies',
      'umerov-remercie-les-allies-2',
    ]);
    expect(screen.getByRole('link', { name: 'les récents bombardements' })).toHaveAttribute(
      'href',
      '/international/bombardements',
    );
    const quote = container.querySelector('blockquote');
    expect(quote).toHaveTextContent('Nous restons inébranlables');
    expect(quote?.closest('figure')?.querySelector('cite')).toHaveTextContent('Jens Stoltenberg');
    const bodyImage = screen.getByRole('img', { name: 'Dmytro Kuleba' });
    expect(bodyImage).toHaveAttribute('loading', 'lazy');
    expect(bodyImage).not.toHaveAttribute('fetchpriority');
    expect(container.querySelector('ul li')).toHaveTextContent('300 000 hommes perdus');
    expect(container.querySelectorAll('ol li')).toHaveLength(2);
  });

  it('gives each body subheading a permalink, unless turned off', () => {
    const { rerender } = render(<ArticleLayout article={otanKiev} />);
    expect(
      screen
        .getAllByRole('link', { name: /^Lien permanent vers la section/ })
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#umerov-remercie-les-allies', '#umerov-remercie-les-allies-2']);
    rerender(<ArticleLayout article={otanKiev} permalinks={false} />);
    expect(screen.queryByRole('link', { name: /^Lien permanent/ })).toBeNull();
  });

  it('closes with a footer holding the source line and the tags', () => {
    const { container } = render(<ArticleLayout article={otanKiev} />);
    const footer = container.querySelector('article > footer');
    expect(footer).toHaveTextContent('Source : AA');
    // The list follows its visible label; a list takes no name of its own.
    const label = footer?.querySelector('[data-part="tags-label"]');
    expect(label).toHaveTextContent('Mots-clés');
    const tags = within(footer as HTMLElement).getByRole('list');
    expect(label?.nextElementSibling).toBe(tags);
    expect(tags).not.toHaveAttribute('aria-label');
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['OTAN', 'Ukraine', 'Jens Stoltenberg']);
  });

  it('links the source when it has a safe URL', () => {
    render(
      <ArticleLayout article={{ ...otanKiev, source: { name: 'OTAN', url: 'https://www.nato.int/' } }} />,
    );
    expect(screen.getByRole('link', { name: 'OTAN' })).toHaveAttribute('href', 'https://www.nato.int/');
  });

  it('adds « À lire aussi » after the footer, an h2 with h3 teasers beside the h1', () => {
    const { container } = render(<ArticleLayout article={otanKiev} related={teasers} />);
    const region = screen.getByRole('complementary', { name: 'À lire aussi' });
    expect(container.querySelector('article > footer')?.nextElementSibling).toBe(region);
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('À lire aussi');
    expect(within(region).getAllByRole('heading', { level: 3 })).toHaveLength(2);
  });

  it('renders no related region without teasers', () => {
    render(<ArticleLayout article={otanKiev} related={[]} />);
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('takes its labels from the labels prop', () => {
    render(
      <ArticleLayout
        article={otanKiev}
        labels={{
          published: 'Paru le',
          modified: 'Actualisé le',
          by: 'Texte :',
          and: '&',
          source: 'D’après',
        }}
      />,
    );
    expect(screen.getByText(/^Paru le/)).toBeInTheDocument();
    expect(screen.getByText(/^Actualisé le/)).toBeInTheDocument();
    expect(screen.getByText(/^Texte/)).toHaveTextContent(
      'Texte : Shona Murray, correspondante à Bruxelles, & Euronews',
    );
    expect(screen.getByText(/^D’après/)).toHaveTextContent('D’après AA');
  });

  it('passes className, style and other props to the article', () => {
    render(
      <ArticleLayout article={otanKiev} className="hote" data-testid="a" style={{ marginTop: '3px' }} />,
    );
    const article = screen.getByTestId('a');
    expect(article.tagName).toBe('ARTICLE');
    expect(article).toHaveClass('hote');
    expect(article).toHaveStyle({ marginTop: '3px' });
  });
});

describe('ArticleLayout heading levels', () => {
  it.each([1, 2, 3, 4])('shifts every level from base %i', (base) => {
    const { container } = render(<ArticleLayout article={otanKiev} related={teasers} headingLevel={base} />);
    expect(screen.getByRole('heading', { level: base })).toHaveTextContent(/^L’OTAN réitère/);
    expect(screen.getAllByRole('heading', { level: base + 1 }).map((heading) => heading.textContent)).toEqual(
      ['Umerov remercie les alliés', 'Umerov remercie les alliés', 'À lire aussi'],
    );
    expect(screen.getAllByRole('heading', { level: base + 2 })).toHaveLength(2);
    expect(outlineProblems(outlineFromElement(container), { topLevel: base })).toEqual([]);
  });

  it('takes the level of a surrounding Section when no base level is given', () => {
    render(
      <Section level={2}>
        <ArticleLayout article={otanKiev} />
      </Section>,
    );
    expect(screen.getByRole('heading', { level: 2, name: /^L’OTAN réitère/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });

  it('renders composed children instead of the body, at the body level', () => {
    const { container } = render(
      <ArticleLayout article={otanKiev} headingLevel={2}>
        <p>Un corps composé à la main.</p>
        <Subheading>Contexte</Subheading>
        <QuoteBlock text="Nous restons inébranlables." attribution={{ name: 'Jens Stoltenberg' }} />
        <Section>
          <Subheading>Contexte</Subheading>
          <p>Une sous-partie.</p>
        </Section>
      </ArticleLayout>,
    );
    expect(screen.queryByRole('heading', { name: 'Umerov remercie les alliés' })).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: 'Contexte' })).toHaveAttribute('id', 'contexte');
    expect(screen.getByRole('heading', { level: 4, name: 'Contexte' })).toHaveAttribute('id', 'contexte-2');
    expect(outlineProblems(outlineFromElement(container), { topLevel: 2 })).toEqual([]);
  });
});

describe('ArticleLayout with bad data', () => {
  it('drops an invalid date’s <time> and warns once', () => {
    const warn = silenceWarnings();
    const article = { ...otanKiev, datePublished: 'hier soir', dateModified: 'bientôt' };
    const { container, rerender } = render(<ArticleLayout article={article} />);
    rerender(<ArticleLayout article={{ ...article }} />);
    expect(container.querySelector('time')).toBeNull();
    expect(container).not.toHaveTextContent('Publié le');
    const about = (field: string) => warn.mock.calls.filter(([message]) => String(message).includes(field));
    expect(about('datePublished')).toHaveLength(1);
    expect(about('dateModified')).toHaveLength(1);
  });

  it('drops images without a positive size or with an unsafe source, warning once each', () => {
    const warn = silenceWarnings();
    const article: Article = {
      ...otanKiev,
      image: { ...(otanKiev.image as NonNullable<Article['image']>), width: 0 },
      body: [
        { type: 'image', image: { src: 'javascript:alert(1)', width: 10, height: 10, alt: 'x' } },
        { type: 'image', image: { src: '/images/a.jpg', width: Number.NaN, height: 10, alt: 'y' } },
        { type: 'paragraph', text: 'Suite.' },
      ],
    };
    const { container } = render(<ArticleLayout article={article} />);
    expect(container.querySelector('img, figure')).toBeNull();
    expect(container).toHaveTextContent('Suite.');
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('drops images whose size rounds to no whole pixel, naming the size in the warning', () => {
    const warn = silenceWarnings();
    const article: Article = {
      ...otanKiev,
      // 0.4 rendered as width="0": an image with no box and a broken aspect ratio.
      image: { ...(otanKiev.image as NonNullable<Article['image']>), width: 0.4 },
      body: [
        { type: 'image', image: { src: '/images/fin.jpg', width: 800, height: 0.49, alt: 'Trop fine' } },
        // 1e21 would be written "1e+21", which is not a number in an HTML attribute.
        { type: 'image', image: { src: '/images/geante.jpg', width: 1e21, height: 600, alt: 'Géante' } },
        { type: 'paragraph', text: 'Suite.' },
      ],
    };
    const { container } = render(<ArticleLayout article={article} />);
    expect(container.querySelector('img, figure')).toBeNull();
    expect(container).toHaveTextContent('Suite.');
    const messages = warn.mock.calls.map(([message]) => String(message));
    expect(messages).toHaveLength(3);
    expect(messages).toContainEqual(
      expect.stringMatching(/lead image was left out: .*"\/images\/otan-conseil\.jpg", 0\.4 × 675/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/body image was left out: .*"\/images\/fin\.jpg", 800 × 0\.49/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/"\/images\/geante\.jpg", 1e\+21 × 600/));
  });

  it('rounds fractional sizes to the nearest pixel, half a pixel up to 1', () => {
    const article: Article = {
      ...otanKiev,
      image: { ...(otanKiev.image as NonNullable<Article['image']>), width: 1199.6, height: 675.4 },
      body: [{ type: 'image', image: { src: '/images/mince.jpg', width: 0.5, height: 300.5, alt: 'Mince' } }],
    };
    render(<ArticleLayout article={article} />);
    const lead = screen.getByRole('img', { name: /Jens Stoltenberg à la tribune/ });
    expect(lead).toHaveAttribute('width', '1200');
    expect(lead).toHaveAttribute('height', '675');
    const thin = screen.getByRole('img', { name: 'Mince' });
    expect(thin).toHaveAttribute('width', '1');
    expect(thin).toHaveAttribute('height', '301');
  });

  it('rounds 799.6 × 449.6 to 800 × 450, and drops 0.4, 1e21, NaN and negative sizes', () => {
    const warn = silenceWarnings();
    const image = (src: string, width: number, height: number) =>
      ({ type: 'image', image: { src, width, height, alt: src } }) as const;
    const article: Article = {
      ...otanKiev,
      image: { ...(otanKiev.image as NonNullable<Article['image']>), width: 799.6, height: 449.6 },
      body: [
        image('/images/dixieme.jpg', 0.4, 449.6),
        image('/images/geante.jpg', 1e21, 600),
        image('/images/nan.jpg', Number.NaN, 450),
        image('/images/negative.jpg', -800, 450),
      ],
    };
    render(<ArticleLayout article={article} />);
    const lead = screen.getByRole('img');
    expect(lead).toHaveAttribute('src', '/images/otan-conseil.jpg');
    expect(lead).toHaveAttribute('width', '800');
    expect(lead).toHaveAttribute('height', '450');
    expect(warn).toHaveBeenCalledTimes(4);
  });

  it.each([
    ['799.6 × 449.6', 799.6, 449.6],
    ['1200 × 675', 1200, 675],
    ['0.4 × 449.6', 0.4, 449.6],
    ['1e21 × 600', 1e21, 600],
    ['NaN × 450', Number.NaN, 450],
    ['-800 × 450', -800, 450],
  ])(
    'shows a lead image of %s with the size og:image gives it, or shows none and og:image has no size',
    (_, width, height) => {
      silenceWarnings();
      const lead = { ...(otanKiev.image as NonNullable<Article['image']>), width, height, crops: undefined };
      const article: Article = { ...otanKiev, image: lead };
      const { container } = render(<ArticleLayout article={article} />);
      const img = container.querySelector('figure[data-lead] img');
      const meta = buildArticleMeta(article, {
        name: 'Le Quotidien',
        url: 'https://www.lequotidien.example',
      } as SiteConfig).meta;
      const og = (property: string) => meta.find((tag) => tag.property === property)?.content;
      if (img === null) {
        // The page cannot reserve the space of an image without a size; the head keeps its URL alone.
        expect(og('og:image')).toBe(`https://www.lequotidien.example${lead.src}`);
        expect(og('og:image:width')).toBeUndefined();
        expect(og('og:image:height')).toBeUndefined();
      } else {
        expect(og('og:image')).toBe(`https://www.lequotidien.example${img.getAttribute('src')}`);
        expect(og('og:image:width')).toBe(img.getAttribute('width'));
        expect(og('og:image:height')).toBe(img.getAttribute('height'));
      }
      // The rule keeps the sizes that round to whole pixels, and only those.
      expect(img !== null).toBe(Number.isSafeInteger(Math.round(width)) && Math.round(width) >= 1);
    },
  );

  it.each([
    ['blank', ' \u00A0 '],
    ['made only of control characters', '\u0007\u0000\u001B'],
  ])('leaves out a quotation’s attribution whose name is %s, role and all, and warns', (_, name) => {
    const warn = silenceWarnings();
    const article: Article = {
      ...otanKiev,
      body: [
        {
          type: 'quote',
          text: 'Nous restons inébranlables.',
          attribution: { name, role: 'secrétaire général de l’OTAN' },
        },
      ],
    };
    render(<ArticleLayout article={article} />);
    const figure = screen.getByRole('blockquote').closest('figure');
    expect(figure).toHaveTextContent('Nous restons inébranlables');
    expect(figure?.querySelector('figcaption')).toBeNull();
    expect(figure).not.toHaveTextContent('secrétaire général');
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('body block 0 is a quote whose attribution has no name'),
    ]);
  });

  it('shows an attribution name cleaned of its control characters', () => {
    const article: Article = {
      ...otanKiev,
      body: [
        {
          type: 'quote',
          text: 'Nous restons inébranlables.',
          attribution: { name: '\u0007Jens\u0000 Stoltenberg ', role: 'secrétaire général de l’OTAN' },
        },
      ],
    };
    render(<ArticleLayout article={article} />);
    const caption = screen.getByRole('blockquote').closest('figure')?.querySelector('figcaption');
    expect(caption?.querySelector('cite')?.textContent).toBe('Jens Stoltenberg');
    expect(caption).toHaveTextContent('Jens Stoltenberg, secrétaire général de l’OTAN');
  });

  it('keeps one h1 for a headline that shows nothing: hidden, with the fallback title, naming the article; and warns', () => {
    const warn = silenceWarnings();
    for (const headline of ['  ', '\uFDD0', '\u200B\u00AD\u2066']) {
      const { container, unmount } = render(
        <ArticleLayout
          article={{ ...otanKiev, headline }}
          site={{ name: 'Le Quotidien', url: 'https://www.lequotidien.example' } as SiteConfig}
        />,
      );
      const headings = container.querySelectorAll('h1');
      expect(headings).toHaveLength(1);
      expect(headings[0]).toHaveTextContent('Le Quotidien');
      expect(headings[0]).toHaveAttribute('data-untitled');
      expect(screen.getByRole('article', { name: 'Le Quotidien' })).toBeInTheDocument();
      unmount();
    }
    const { container } = render(<ArticleLayout article={{ ...otanKiev, headline: '' }} />);
    expect(container.querySelector('h1')).toHaveTextContent('Article');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/no headline/));
  });

  it('never links an unsafe URL anywhere', () => {
    silenceWarnings();
    const hostile = 'javascript:alert(1)';
    const { container } = render(
      <ArticleLayout
        article={{
          ...otanKiev,
          section: { name: 'International', url: hostile },
          authors: [{ name: 'Shona Murray', url: ' JAVASCRIPT:alert(1)' }],
          source: { name: 'AA', url: 'data:text/html,<script>alert(1)</script>' },
          body: [
            { type: 'paragraph', text: [{ type: 'link', href: hostile, children: ['ici'] }] },
            { type: 'quote', text: 'Citation.', cite: 'vbscript:msgbox(1)' },
          ],
        }}
        related={[{ url: hostile, headline: 'Piège' }]}
      />,
    );
    for (const element of container.querySelectorAll('[href], [src], [cite]')) {
      for (const name of ['href', 'src', 'cite']) {
        expect(element.getAttribute(name) ?? '').not.toMatch(/^\s*(javascript|data|vbscript):/i);
      }
    }
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container).toHaveTextContent('International');
    expect(container).toHaveTextContent('ici');
  });

  it('skips unknown and empty blocks without throwing', () => {
    const warn = silenceWarnings();
    const body = [
      { type: 'video', src: '/v.mp4' },
      null,
      { type: 'paragraph', text: '' },
      { type: 'subheading', text: '' },
      { type: 'list', items: 'pas une liste' },
      { type: 'paragraph', text: 'Reste.' },
    ] as unknown as Article['body'];
    const { container } = render(<ArticleLayout article={{ ...otanKiev, body }} />);
    expect(container.querySelectorAll('h2')).toHaveLength(0);
    expect(container).toHaveTextContent('Reste.');
    expect(warn).toHaveBeenCalled();
  });

  it('survives an article that is not an object', () => {
    silenceWarnings();
    expect(() => render(<ArticleLayout article={null as unknown as Article} />)).not.toThrow();
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'fr');
  });
});

const N = '\u202F';
const S = '\u00A0';
// What French typography adds: no-break spaces, guillemets, curly apostrophes, ellipses.
const FRENCH_MARKS = /[\u00A0\u202F«»’…]/;

/** The text of an element without its parts marked as French (labels, dates, French phrases). */
function textOutsideFrench(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll('[lang]')) {
    if (/^fr\b/i.test(part.getAttribute('lang') ?? '')) part.remove();
  }
  return copy.textContent ?? '';
}

const siteIn = (locale: string): SiteConfig => ({
  name: 'Le Quotidien',
  url: 'https://www.lequotidien.example',
  logo: { src: '/images/logo.png', width: 600, height: 60 },
  locale,
});

describe('ArticleLayout in another language', () => {
  it('keeps the text of an English article exactly as typed: header, body, captions, footer', () => {
    render(<ArticleLayout article={natoReady} />);
    const article = screen.getByRole('article');
    expect(article).toHaveAttribute('lang', 'en-GB');
    // textContent, not toHaveTextContent: the matchers fold no-break spaces into plain ones.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Is NATO ready? "Yes": it is');
    const header = article.querySelector('header');
    expect(header?.textContent).toContain('World: Europe');
    expect(header?.textContent).toContain('Ministers met in Brussels; the answer: "we stand firm!"');
    expect(header?.textContent).toContain('Shona Murray, EU correspondent: Brussels');
    expect(article.textContent).toContain(
      'Is it over? "Not yet": 40% of the 300000 troops asked, it\'s said...',
    );
    expect(screen.getByRole('heading', { level: 2, name: /What next/ }).textContent).toBe(
      'What next? "More aid"',
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toContain('Ready? Yes');
    expect(article.querySelector('figure[data-lead] figcaption')?.textContent).toBe(
      'Jens Stoltenberg in Brussels: "a show of unity". © EBU',
    );
    const footer = article.querySelector('footer');
    expect(footer?.textContent).toContain('AA: wire');
    expect(
      within(footer as HTMLElement)
        .getAllByRole('listitem')
        .map((tag) => tag.textContent),
    ).toEqual(['NATO: summit', 'Ukraine?']);
    expect(textOutsideFrench(article)).not.toMatch(FRENCH_MARKS);
  });

  it('gives a quotation the article’s language unless it has its own', () => {
    render(<ArticleLayout article={natoReady} />);
    const [english, french] = screen.getAllByRole('blockquote');
    expect(english).not.toHaveAttribute('lang');
    expect(english?.textContent).toBe('“We stand firm; always!”');
    expect(english?.closest('figure')?.querySelector('figcaption')?.textContent).toBe(
      'Jens Stoltenberg, NATO: chief',
    );
    expect(french).toHaveAttribute('lang', 'fr');
    expect(french?.textContent).toBe(`«${N}Nous restons inébranlables${N}!${N}»`);
  });

  it('typesets a French phrase of an English paragraph in French, and only it', () => {
    render(<ArticleLayout article={natoReady} />);
    const paragraph = screen.getByText(
      (_, element) => element?.textContent?.startsWith('Paris asks') ?? false,
      {
        selector: 'p',
      },
    );
    const phrase = paragraph.querySelector('span[lang="fr"]');
    expect(phrase?.textContent).toBe(`«${N}le parapluie${N}»${S}: est-il prêt${N}?`);
    expect(phrase?.parentElement?.textContent).toBe(
      `Paris asks: «${N}le parapluie${N}»${S}: est-il prêt${N}? Really? Yes!`,
    );
  });

  it('prints its own French labels and dates as French, marked lang="fr"', () => {
    render(<ArticleLayout article={natoReady} />);
    const article = screen.getByRole('article');
    const french = [...article.querySelectorAll('header [lang="fr"], footer [lang="fr"]')].map(
      (part) => part.textContent,
    );
    expect(french).toEqual([
      'Par',
      'et',
      'Publié le',
      `4${S}avril${S}2024 à 14${S}h${S}30`,
      'Mis à jour le',
      `4${S}avril${S}2024 à 18${S}h${S}05`,
      `Source${S}:`,
      'Mots-clés',
    ]);
  });

  it('takes labels a site gives as words of the article’s language, typed as given', () => {
    const labels = { by: 'By', and: 'and', published: 'Published', source: 'Source:' };
    render(<ArticleLayout article={natoReady} labels={labels} />);
    const article = screen.getByRole('article');
    expect(article.querySelector('header p:has([data-author])')?.textContent).toBe(
      'By Shona Murray, EU correspondent: Brussels, and Euronews',
    );
    expect(article.querySelector('footer p')?.textContent).toBe('Source: AA: wire');
    expect(article.querySelector('[data-date="published"]')?.textContent).toBe(
      `Published 4${S}avril${S}2024 à 14${S}h${S}30`,
    );
    // The dates stay French: only they, and the labels left to the library, are marked.
    expect([...article.querySelectorAll('header [lang="fr"]')].map((part) => part.tagName)).toEqual([
      'TIME',
      'SPAN',
      'TIME',
    ]);
  });

  it('gives composed children the article’s language too', () => {
    render(
      <ArticleLayout article={natoReady}>
        <Subheading>Ready? Yes</Subheading>
        <QuoteBlock text="Ready? Yes!" />
      </ArticleLayout>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Ready? Yes');
    expect(screen.getByRole('blockquote').textContent).toBe('“Ready? Yes!”');
  });

  it('follows its lang prop over the article’s language, and trims the language as the meta tags do', () => {
    const { unmount } = render(<ArticleLayout article={otanKiev} lang="en" />);
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'en');
    unmount();
    render(<ArticleLayout article={{ ...natoReady, language: ' en-GB ' }} />);
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'en-GB');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Is NATO ready? "Yes": it is');
  });

  it('shows the teasers of a French site in French, marked lang, inside an English article', () => {
    const related = [{ url: '/international/rutte', headline: 'Rutte: "le prochain chef" ?' }];
    render(<ArticleLayout article={natoReady} related={related} />);
    const region = screen.getByRole('complementary');
    expect(region).toHaveAttribute('lang', 'fr-FR');
    expect(within(region).getByRole('heading', { level: 3 }).textContent).toBe(
      `Rutte${S}: «${N}le prochain chef${N}»${N}?`,
    );
  });

  it('shows the teasers of an English site as typed, with the library’s French title marked lang="fr"', () => {
    const related = [
      { url: '/world/rutte', headline: 'Rutte: "the next chief"?', datePublished: '2024-06-20' },
    ];
    render(<ArticleLayout article={natoReady} related={related} site={siteIn('en_GB')} />);
    const region = screen.getByRole('complementary');
    expect(region).not.toHaveAttribute('lang');
    expect(within(region).getByRole('heading', { level: 3 }).textContent).toBe('Rutte: "the next chief"?');
    expect(within(region).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'fr');
    expect(region.querySelector('time')).toHaveAttribute('lang', 'fr');
  });
});

describe('ArticleLayout in French', () => {
  it('gives French typography to the article’s own text', () => {
    const article = {
      ...otanKiev,
      headline: 'L\'OTAN est-elle prête ? "Oui" : elle l\'est',
      body: [{ type: 'paragraph' as const, text: 'Le taux : 40 %, soit 300000 soldats !' }],
      source: { name: 'AA' },
    };
    render(<ArticleLayout article={article} related={teasers} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      `L’OTAN est-elle prête${N}? «${N}Oui${N}»${S}: elle l’est`,
    );
    expect(screen.getByRole('article').textContent).toContain(
      `Le taux${S}: 40${S}%, soit 300${N}000${S}soldats${N}!`,
    );
    expect(screen.getByRole('article').querySelector('footer p')?.textContent).toBe(`Source${S}: AA`);
  });

  it('marks no part of a French article with a lang of its own', () => {
    render(<ArticleLayout article={otanKiev} related={teasers} />);
    expect(screen.getByRole('article').querySelectorAll('[lang]')).toHaveLength(0);
  });
});

describe('ArticleLayout corrections', () => {
  const corrected: Article = {
    ...otanKiev,
    corrections: [
      { date: '2024-04-04T23:30:00Z', text: "Une version précédente situait la réunion à l'Élysée." },
      { date: '2024-04-06', text: 'Le titre de M. Stoltenberg a été corrigé.' },
    ],
  };

  it('prints each correction under the body as a dated notice, in a region named « Rectificatifs »', () => {
    const { container } = render(<ArticleLayout article={corrected} />);
    const region = screen.getByRole('region', { name: 'Rectificatifs' });
    const notices = within(region).getAllByRole('paragraph');
    // Paris time: 23:30 UTC on the 4th is already the 5th.
    expect(notices.map((notice) => notice.textContent)).toEqual([
      'Rectificatif du 5\u00a0avril\u00a02024\u00a0: Une version précédente situait la réunion à l’Élysée.',
      'Rectificatif du 6\u00a0avril\u00a02024\u00a0: Le titre de M. Stoltenberg a été corrigé.',
    ]);
    expect(region.querySelectorAll('time')[0]).toHaveAttribute('datetime', '2024-04-04T23:30:00Z');
    expect(region.querySelectorAll('time')[1]).toHaveAttribute('datetime', '2024-04-06');
    // Under the body, before the source line and the tags.
    const parts = Array.from(container.querySelectorAll('article > *')).map(
      (part) => part.getAttribute('data-part') ?? part.tagName.toLowerCase(),
    );
    expect(parts.indexOf('corrections')).toBe(parts.indexOf('body') + 1);
    expect(parts.indexOf('footer')).toBe(parts.indexOf('corrections') + 1);
  });

  it('takes its words from labels and its dates from the time zone', () => {
    render(
      <ArticleLayout
        article={corrected}
        timeZone="UTC"
        labels={{ corrections: 'Corrections', correction: 'Correction du' }}
      />,
    );
    const region = screen.getByRole('region', { name: 'Corrections' });
    expect(within(region).getAllByRole('paragraph')[0]).toHaveTextContent(/^Correction du 4 avril 2024 :/);
  });

  it('prints no region for an article without corrections, or whose corrections are unusable', () => {
    const warn = silenceWarnings();
    render(<ArticleLayout article={otanKiev} />);
    expect(screen.queryByRole('region', { name: 'Rectificatifs' })).toBeNull();
    render(<ArticleLayout article={{ ...otanKiev, corrections: [{ date: 'hier', text: 'x' }] }} />);
    expect(screen.queryByRole('region', { name: 'Rectificatifs' })).toBeNull();
    expect(warn).toHaveBeenCalled();
  });
});
