import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleSite, seedFixtures } from '../../fixtures';
import { resetWarnings } from '../../src/dev';
import { buildNewsSitemap } from '../../src/feeds';
import type { Article } from '../../src/model';
import { article as anyArticle, HOSTILE_STRINGS, HOSTILE_URLS, siteConfig } from '../support/arbitraries';
import { all, NS, parseXml, textOf, xmlProblems } from '../support/xml';

beforeEach(() => {
  resetWarnings();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const seeds = seedFixtures.map((seed) => seed.article);
const base = seeds[1] as Article; // published 2024-08-28T18:30:00+02:00

function at(datePublished: string, overrides: Partial<Article> = {}): Article {
  return { ...base, datePublished, url: `https://www.example.fr/${datePublished}`, ...overrides };
}

describe('buildNewsSitemap', () => {
  it('is a sitemap urlset with the news namespace, one url per recent article with every required tag', () => {
    const xml = buildNewsSitemap(seeds, exampleSite, { now: '2024-08-29T12:00:00+02:00' });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const document = parseXml(xml);
    const root = document.documentElement;
    expect(root?.localName).toBe('urlset');
    expect(root?.namespaceURI).toBe(NS.sitemap);
    const urls = all(document, NS.sitemap, 'url');
    expect(urls).toHaveLength(1);
    const url = urls[0];
    if (!url) throw new Error('no url');
    expect(textOf(url, NS.sitemap, 'loc')).toBe(base.url);
    expect(textOf(url, NS.news, 'name')).toBe('Le Quotidien d’exemple');
    expect(textOf(url, NS.news, 'language')).toBe('fr');
    expect(textOf(url, NS.news, 'publication_date')).toBe('2024-08-28T18:30:00+02:00');
    // The headline the page shows: French typography puts a no-break space before the colon, and a
    // title keeps the one-letter « à » with the word after it.
    expect(textOf(url, NS.news, 'title')).toBe(
      'Engagement des alliés de l’OTAN\u00a0: Assurance d’une aide militaire supplémentaire à\u00a0l’Ukraine',
    );
  });

  it('lists only articles published in the two days before now, newest first', () => {
    const now = '2024-08-30T12:00:00Z';
    const articles = [
      at('2024-08-28T11:59:59Z'), // two days and a second before: out
      at('2024-08-28T12:00:01Z'),
      at('2024-08-30T12:00:00Z'),
      at('2024-08-30T12:00:01Z'), // not yet published: out
      at('2024-08-29T09:00:00+02:00'),
      at('pas une date'),
    ];
    const document = parseXml(buildNewsSitemap(articles, exampleSite, { now }));
    expect(all(document, NS.news, 'publication_date').map((node) => node.textContent)).toEqual([
      '2024-08-30T12:00:00Z',
      '2024-08-29T09:00:00+02:00',
      '2024-08-28T12:00:01Z',
    ]);
    // A Date works as well as an ISO string.
    expect(buildNewsSitemap(articles, exampleSite, { now: new Date(now) })).toBe(
      buildNewsSitemap(articles, exampleSite, { now }),
    );
  });

  it('lists at most 1,000 urls, the newest', () => {
    const articles = Array.from({ length: 1005 }, (_, index) =>
      at(new Date(Date.UTC(2024, 7, 29, 0, 0, index)).toISOString()),
    );
    const document = parseXml(buildNewsSitemap(articles, exampleSite, { now: '2024-08-30T00:00:00Z' }));
    const dates = all(document, NS.news, 'publication_date').map((node) => node.textContent);
    expect(dates).toHaveLength(1000);
    expect(dates[0]).toBe('2024-08-29T00:16:44.000Z');
    expect(dates.at(-1)).toBe('2024-08-29T00:00:05.000Z');
  });

  it('takes news:language from the article’s language, zh-cn and zh-tw for Chinese', () => {
    const languages = ['fr-BE', 'en', 'de-CH', 'zh-Hans-CN', 'zh-TW', 'zh-Hant', 'gsw'].map(
      (language, index) => at(`2024-08-29T10:0${index}:00Z`, { language }),
    );
    const document = parseXml(buildNewsSitemap(languages, exampleSite, { now: '2024-08-29T12:00:00Z' }));
    expect(all(document, NS.news, 'language').map((node) => node.textContent)).toEqual([
      'gsw',
      'zh-tw',
      'zh-tw',
      'zh-cn',
      'de',
      'en',
      'fr',
    ]);
  });

  it('leaves out articles whose URL is unusable, a URL listed twice and an article without headline', () => {
    const articles = [
      ...HOSTILE_URLS.map((url, index) => at(`2024-08-29T10:${String(index).padStart(2, '0')}:00Z`, { url })),
      at('2024-08-29T11:00:00Z', { url: '/relative/resolves-against-the-site' }),
      at('2024-08-29T11:01:00Z', { url: '/relative/resolves-against-the-site' }),
      at('2024-08-29T11:02:00Z', { url: 'https://www.example.fr/sans-titre', headline: ' ' }),
      at('2024-08-29T11:03:00Z', { url: `https://www.example.fr/${'a'.repeat(2100)}` }),
    ];
    const document = parseXml(buildNewsSitemap(articles, exampleSite, { now: '2024-08-29T12:00:00Z' }));
    expect(all(document, NS.sitemap, 'loc').map((node) => node.textContent)).toEqual([
      'https://www.example.fr/relative/resolves-against-the-site',
      // "javascript&colon;alert(1)" has no scheme: it is a relative path on the site, as a browser reads it.
      'https://www.example.fr/javascript&colon;alert(1)',
    ]);
  });

  it('escapes every text: a headline and a site name made of markup stay text', () => {
    const headline = '</news:title><script>alert(1)</script> & « ]]> »';
    const xml = buildNewsSitemap(
      [at('2024-08-29T10:00:00Z', { headline, url: 'https://www.example.fr/a?b=1&c=<2>' })],
      { ...exampleSite, name: 'Le "Quotidien" & <Cie>' },
      { now: '2024-08-29T12:00:00Z' },
    );
    const document = parseXml(xml);
    expect(textOf(document, NS.news, 'title')).toContain('</news:title><script>alert(1)</script> &');
    expect(textOf(document, NS.news, 'name')).toBe('Le "Quotidien" & <Cie>');
    expect(textOf(document, NS.sitemap, 'loc')).toBe('https://www.example.fr/a?b=1&c=%3C2%3E');
  });

  it('is an empty, valid urlset for no article, an unusable now or data that is not a list', () => {
    for (const xml of [
      buildNewsSitemap([], exampleSite, { now: '2024-08-29T12:00:00Z' }),
      buildNewsSitemap(seeds, exampleSite, { now: 'demain' }),
      buildNewsSitemap(null as unknown as Article[], exampleSite),
    ]) {
      const document = parseXml(xml);
      expect(document.documentElement?.localName).toBe('urlset');
      expect(all(document, NS.sitemap, 'url')).toHaveLength(0);
    }
  });

  it('never throws and is always well-formed XML, whatever the articles and the site', () => {
    const recent = anyArticle.map((article) => ({ ...article, datePublished: '2024-08-29T10:00:00+02:00' }));
    fc.assert(
      fc.property(fc.array(fc.oneof(anyArticle, recent), { maxLength: 6 }), siteConfig, (articles, site) => {
        const xml = buildNewsSitemap(articles, site, { now: '2024-08-29T12:00:00+02:00' });
        expect(xmlProblems(xml)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every hostile string as text', () => {
    const articles = HOSTILE_STRINGS.map((headline, index) =>
      at(`2024-08-29T10:${String(index).padStart(2, '0')}:00Z`, { headline, language: 'en' }),
    );
    const xml = buildNewsSitemap(
      articles,
      { ...exampleSite, name: HOSTILE_STRINGS.join('') },
      {
        now: '2024-08-29T12:00:00Z',
      },
    );
    expect(xmlProblems(xml)).toEqual([]);
    expect(textOf(parseXml(xml), NS.news, 'title')).toBeDefined();
  });
});
