import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { resetWarnings } from '../../src/dev';
import type { Article, SiteConfig, Teaser } from '../../src/model';
import { buildArticleMeta, buildNewsArticleJsonLd } from '../../src/seo';
import { renderArticleDocument } from '../../src/server';
import { cleanText } from '../../src/text';
import { frenchTitleTypography } from '../../src/typography';
import { readHeadTags } from '../../support/readHeadTags';
import { sampleArticle, site } from '../seo/sample';
import {
  article as anyArticle,
  teaser as anyTeaser,
  HOSTILE_STRINGS,
  HOSTILE_URLS,
  LONG_WORD,
  showsNothing,
  siteConfig,
} from '../support/arbitraries';
import { injectionProblems, parseDocument, tagNames } from './hostile';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const related: Teaser[] = [
  {
    url: '/international/2024/06/12/mark-rutte-otan',
    headline: 'Mark Rutte devrait être le prochain chef de l’OTAN',
    image: { src: '/images/teaser-mark-rutte-otan.jpg', width: 640, height: 360, alt: 'Mark Rutte' },
    datePublished: '2024-06-12T10:00:00+02:00',
  },
];

function render(
  article: Article = sampleArticle(),
  options: Partial<Parameters<typeof renderArticleDocument>[0]> = {},
) {
  const html = renderArticleDocument({ article, site, related, ...options });
  return { html, document: parseDocument(html) };
}

describe('renderArticleDocument: the document', () => {
  it('is a complete HTML document with the charset first and the viewport', () => {
    const { html, document } = render();
    expect(html.startsWith('<!doctype html><html lang="fr-FR">')).toBe(true);
    expect(html.endsWith('</html>')).toBe(true);
    const head = document.head.children;
    expect(head[0]?.outerHTML.toLowerCase()).toBe('<meta charset="utf-8">');
    expect(head[1]?.getAttribute('name')).toBe('viewport');
    expect(head[1]?.getAttribute('content')).toBe('width=device-width, initial-scale=1');
    expect(document.compatMode).toBe('CSS1Compat');
  });

  it('has exactly one title, the final one', () => {
    const { document } = render();
    expect(readHeadTags(document).titles).toEqual([
      'L’OTAN réitère son soutien à\u00A0Kiev lors de la réunion du Conseil OTAN-Ukraine | Le Quotidien',
    ]);
  });

  it('has every meta tag and link of buildArticleMeta in its head, once each', () => {
    const article = sampleArticle();
    const { document } = render(article);
    const expected = buildArticleMeta(article, site);
    const read = readHeadTags(document.head);
    // The document's own: the viewport, and the colour schemes the page follows.
    expect(read.meta.find((tag) => tag.key === 'color-scheme')?.content).toBe('light dark');
    expect(read.meta.filter((tag) => tag.key !== 'viewport' && tag.key !== 'color-scheme')).toEqual(
      expected.meta.map((tag) => ({ key: tag.property ?? tag.name, content: tag.content })),
    );
    // React adds a preload for the lead image (fetchPriority="high"); the rest are SeoHead's.
    expect(read.links.filter((link) => link.rel !== 'preload')).toEqual(expected.links);
    const repeatable = new Set(['article:tag', 'article:author']);
    const keys = read.meta.map((tag) => tag.key).filter((key) => !repeatable.has(key));
    expect(keys).toEqual([...new Set(keys)]);
  });

  it('has one JSON-LD script in the head that parses back to the graph', () => {
    const article = sampleArticle();
    const { document } = render(article);
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.parentElement?.localName).toBe('head');
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(buildNewsArticleJsonLd(article, site));
  });

  it('carries the collected component CSS in the head', () => {
    const { document } = render();
    const styles = document.head.querySelectorAll('style[data-styled]');
    expect(styles.length).toBeGreaterThan(0);
    const css = Array.from(styles, (style) => style.textContent).join('');
    // The article is the one styled root: its parts are styled by nested rules under one of its classes.
    const classes = Array.from(document.querySelector('article')?.classList ?? []);
    expect(classes.length).toBeGreaterThan(0);
    const headlineRule = (name: string) => new RegExp(`\\.${name}[^{}]*\\[data-part=['"]?headline['"]?\\]`);
    expect(classes.some((name) => headlineRule(name).test(css))).toBe(true);
  });

  it('renders the article page in <main>, its headline the one h1, with the related articles', () => {
    const { document } = render();
    expect(document.body.firstElementChild?.localName).toBe('main');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.querySelector('main article h1')?.textContent).toBe(
      'L’OTAN réitère son soutien à\u00A0Kiev lors de la réunion du Conseil OTAN-Ukraine',
    );
    expect(document.body.textContent).toContain('Mark Rutte devrait être le prochain chef de l’OTAN');
  });

  it('shows the headline, dates and authors that the JSON-LD names', () => {
    const article = sampleArticle();
    const { document } = render(article);
    const graph = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
    const news = graph['@graph'].find((node: { '@type': string }) => node['@type'] === 'NewsArticle');
    expect(document.querySelector('h1')?.textContent).toBe(news.headline);
    const times = Array.from(document.querySelectorAll('article > header time'), (time) =>
      time.getAttribute('datetime'),
    );
    expect(times).toEqual([news.datePublished, news.dateModified]);
    const bylineNames = Array.from(
      document.querySelectorAll('[data-author] > a'),
      (link) => link.textContent,
    );
    expect(bylineNames).toEqual(news.author.map((person: { name: string }) => person.name));
  });

  it('renders an English article in its language: html, article, head and JSON-LD agree, text as typed', () => {
    const article = sampleArticle({
      language: 'en-GB',
      headline: 'Is NATO ready? "Yes": it is',
      description: 'Ready? Yes: 40%!',
      authors: [{ name: 'Shona Murray', jobTitle: 'EU correspondent: Brussels' }],
    });
    const { html, document } = render(article);
    expect(html.startsWith('<!doctype html><html lang="en-GB">')).toBe(true);
    expect(document.querySelector('article')?.getAttribute('lang')).toBe('en-GB');
    const graph = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
    const news = graph['@graph'].find((node: { '@type': string }) => node['@type'] === 'NewsArticle');
    expect(news.inLanguage).toBe('en-GB');
    expect(news.headline).toBe('Is NATO ready? "Yes": it is');
    expect(document.querySelector('h1')?.textContent).toBe(news.headline);
    expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(news.headline);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'Ready? Yes: 40%!',
    );
    expect(document.querySelector('[data-author]')?.textContent).toBe(
      'Shona Murray, EU correspondent: Brussels',
    );
  });

  it('takes the html lang, noindex, alternates and a host stylesheet', () => {
    const { document } = render(sampleArticle(), {
      lang: 'fr',
      noindex: true,
      alternates: [{ hrefLang: 'en', href: '/en/nato-ukraine' }],
      stylesheet: '/assets/site.css?v=2&x=1',
    });
    expect(document.documentElement.getAttribute('lang')).toBe('fr');
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
      'noindex, nofollow',
    );
    expect(document.head.querySelector('link[rel="alternate"]')?.getAttribute('hreflang')).toBe('en');
    const stylesheet = document.head.querySelector('link[rel="stylesheet"]');
    expect(stylesheet?.getAttribute('href')).toBe('/assets/site.css?v=2&x=1');
    // After the components' CSS, so that the host's rules win at equal specificity.
    expect(stylesheet?.previousElementSibling?.localName).toBe('style');
  });

  it('refuses an unsafe stylesheet URL and a lang that is not a language tag', () => {
    const { document } = render(sampleArticle(), { stylesheet: 'javascript:alert(1)', lang: '"><script>' });
    expect(document.head.querySelector('link[rel="stylesheet"]')).toBeNull();
    expect(document.documentElement.getAttribute('lang')).toBe('fr-FR');
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('gives the headline the h1 by default and follows headingLevel', () => {
    expect(render().document.querySelectorAll('h1')).toHaveLength(1);
    const { document } = render(sampleArticle(), { headingLevel: 2 });
    expect(document.querySelectorAll('h1')).toHaveLength(0);
    expect(document.querySelector('article h2')?.textContent).toContain('L’OTAN réitère');
  });
});

describe('renderArticleDocument: missing and malformed data', () => {
  it('renders an article with no headline, image or valid date, dropping each from the head', () => {
    const article = sampleArticle({
      headline: '',
      image: undefined,
      datePublished: '2024-02-30T10:00:00+01:00',
      dateModified: undefined,
    });
    const { document } = render(article);
    expect(readHeadTags(document).titles).toEqual(['Le Quotidien']);
    const keys = readHeadTags(document.head).meta.map((tag) => tag.key);
    expect(keys).not.toContain('og:image');
    expect(keys).not.toContain('article:published_time');
    const graph = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
    expect(graph['@graph'][0]).not.toHaveProperty('headline');
    expect(graph['@graph'][0]).not.toHaveProperty('image');
    expect(graph['@graph'][0]).not.toHaveProperty('datePublished');
    expect(injectionProblems(document)).toEqual([]);
    const messages = warn.mock.calls.map(([message]) => String(message));
    expect(messages.some((message) => message.includes('headline'))).toBe(true);
    expect(messages.some((message) => message.includes('datePublished'))).toBe(true);
    // Once each, though the head, the graph and the page all read the same data.
    expect(new Set(messages).size).toBe(messages.length);
  });
});

/** The sample article with every text field set to `text` and every URL field to `url`. */
function hostileArticle(
  text: string,
  url: string,
): { article: Article; related: Teaser[]; site: SiteConfig } {
  const image = {
    src: url,
    width: 1200,
    height: 675,
    alt: text,
    caption: text,
    credit: text,
    crops: [{ src: url, width: 800, height: 800 }],
  };
  return {
    article: {
      url,
      headline: text,
      standfirst: text,
      description: text,
      section: { name: text, url },
      tags: [text, `${text} bis`],
      datePublished: '2024-04-04T18:30:00+02:00',
      dateModified: '2024-04-05T09:15:00+02:00',
      authors: [{ name: text, url, jobTitle: text }],
      image,
      body: [
        { type: 'paragraph', text },
        {
          type: 'paragraph',
          text: [
            text,
            { type: 'link', href: url, children: [text] },
            { type: 'emphasis', children: [text] },
            { type: 'foreign', lang: text, children: [text] },
          ],
        },
        { type: 'subheading', text, id: text },
        { type: 'quote', text, attribution: { name: text, role: text }, cite: url, lang: text },
        { type: 'image', image },
        { type: 'list', items: [text, [{ type: 'link', href: url, children: [text] }]] },
      ],
      source: { name: text, url },
      language: text,
    },
    related: [
      { url, headline: text, standfirst: text, image, section: { name: text, url }, datePublished: text },
    ],
    site: {
      ...site,
      name: text,
      titleTemplate: `${text} %s ${text}`,
      twitter: text,
      logo: { src: url, width: 600, height: 60 },
    },
  };
}

describe('renderArticleDocument: hostile data', () => {
  const cleanTags = new Set(
    tagNames(render(hostileArticle('Texte ordinaire', '/ordinaire').article).document),
  );
  const safeUrlForText = 'https://www.lequotidien.example/article';

  it.each(HOSTILE_STRINGS.map((text) => [JSON.stringify(text).slice(0, 80), text]))(
    'keeps the text %s as text in every field',
    (_label, text) => {
      const data = hostileArticle(text, safeUrlForText);
      const html = renderArticleDocument({ ...data, site: data.site });
      const document = parseDocument(html);
      expect(injectionProblems(document)).toEqual([]);
      for (const name of tagNames(document)) expect(cleanTags).toContain(name);
      const [script] = Array.from(document.querySelectorAll('script[type="application/ld+json"]'));
      expect(() => JSON.parse(script?.textContent ?? '')).not.toThrow();
      const headline = document.querySelector('h1');
      // What the data says is shown as text, character for character (after French title typography),
      // less the code points HTML forbids: controls and non-characters dropped, a lone surrogate as U+FFFD.
      // A headline that shows nothing leaves the one h1 to the page's fallback title, hidden.
      const shown = frenchTitleTypography(cleanText(text).trim());
      expect(document.querySelectorAll('h1')).toHaveLength(1);
      if (showsNothing(shown)) {
        expect(headline?.hasAttribute('data-untitled')).toBe(true);
        expect(headline?.textContent).toBe(document.title);
      } else expect(headline?.textContent).toBe(shown);
    },
  );

  it.each(HOSTILE_URLS)('never lets %j reach a link, an image or the JSON-LD', (url) => {
    const data = hostileArticle('Texte ordinaire', url);
    const html = renderArticleDocument({ ...data, site: data.site });
    const document = parseDocument(html);
    expect(injectionProblems(document)).toEqual([]);
    const jsonLd = document.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
    expect(jsonLd).not.toMatch(/javascript:|vbscript:|data:|file:|blob:|mailto:|ftp:/i);
    const contents = readHeadTags(document.head)
      .meta.map((tag) => tag.content)
      .join('\n');
    expect(contents).not.toMatch(/javascript:|vbscript:|data:|file:|blob:/i);
  });

  it('renders a 10,000-character word as the headline', () => {
    const { document } = render(sampleArticle({ headline: LONG_WORD }));
    expect(injectionProblems(document)).toEqual([]);
    expect(document.querySelector('h1')?.textContent).toBe(LONG_WORD);
    const graph = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
    expect(graph['@graph'][0].headline).toBe(LONG_WORD);
  });

  it('never throws and never lets markup in, whatever the data', () => {
    fc.assert(
      fc.property(
        anyArticle,
        siteConfig,
        fc.array(anyTeaser, { maxLength: 2 }),
        (article, config, teasers) => {
          const document = parseDocument(renderArticleDocument({ article, site: config, related: teasers }));
          expect(injectionProblems(document)).toEqual([]);
          expect(document.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
