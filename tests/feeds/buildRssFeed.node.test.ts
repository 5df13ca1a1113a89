import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleSite, seedFixtures } from '../../fixtures';
import { resetWarnings } from '../../src/dev';
import { buildRssFeed } from '../../src/feeds';
import type { Article } from '../../src/model';
import { article as anyArticle, HOSTILE_STRINGS, HOSTILE_URLS, siteConfig } from '../support/arbitraries';
import { all, NS, parseXml, textOf, xmlProblems } from '../support/xml';

beforeEach(() => {
  resetWarnings();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const seeds = seedFixtures.map((seed) => seed.article);
const FEED = 'https://www.example.fr/rss.xml';

function channelOf(xml: string) {
  const document = parseXml(xml);
  const channel = all(document, null, 'channel')[0];
  if (!channel) throw new Error('no channel');
  return { document, channel, items: all(document, null, 'item') };
}

describe('buildRssFeed', () => {
  it('is RSS 2.0 with its channel: title, link, description, language and atom:link rel="self"', () => {
    const { document, channel } = channelOf(buildRssFeed(seeds, exampleSite, { feedUrl: FEED }));
    expect(document.documentElement?.localName).toBe('rss');
    expect(document.documentElement?.getAttribute('version')).toBe('2.0');
    const child = (name: string) =>
      all(channel, null, name).find((node) => node.parentNode === channel)?.textContent;
    expect(child('title')).toBe('Le Quotidien d’exemple');
    expect(child('link')).toBe('https://www.example.fr/');
    expect(child('description')).toBe('Les derniers articles de Le Quotidien d’exemple');
    expect(child('language')).toBe('fr-FR');
    const self = all(channel, NS.atom, 'link');
    expect(self).toHaveLength(1);
    expect(self[0]?.getAttribute('href')).toBe(FEED);
    expect(self[0]?.getAttribute('rel')).toBe('self');
    expect(self[0]?.getAttribute('type')).toBe('application/rss+xml');
  });

  it('gives each seed an item, newest first, with every field the page and its data carry', () => {
    const { items } = channelOf(buildRssFeed(seeds, exampleSite, { feedUrl: FEED }));
    expect(items).toHaveLength(5);
    expect(items.map((item) => textOf(item, null, 'pubDate'))).toEqual([
      'Wed, 28 Aug 2024 18:30:00 +0200',
      'Fri, 14 Jun 2024 17:05:00 +0200',
      'Wed, 12 Jun 2024 16:45:00 +0200',
      'Wed, 03 Apr 2024 19:40:00 +0200',
      'Mon, 24 Jan 2022 22:10:00 +0100',
    ]);
    const kiev = items[3];
    const article = seeds[0] as Article;
    if (!kiev) throw new Error('no item');
    expect(textOf(kiev, null, 'title')).toBe(
      // The page's headline: a title keeps the one-letter « à » with the word after it.
      'L’OTAN réitère son soutien à\u00a0Kiev lors de la réunion du Conseil OTAN-Ukraine',
    );
    expect(textOf(kiev, null, 'link')).toBe(article.url);
    expect(textOf(kiev, null, 'guid')).toBe(article.url);
    expect(all(kiev, null, 'guid')[0]?.getAttribute('isPermaLink')).toBe('true');
    expect(textOf(kiev, null, 'description')).toBe(
      'Le secrétaire général de l’OTAN, Jens Stoltenberg, a réitéré son soutien à l’Ukraine et à ses espoirs de rejoindre l’alliance militaire.',
    );
    expect(all(kiev, NS.dc, 'creator').map((node) => node.textContent)).toEqual(['Élise Marchand']);
    expect(all(kiev, null, 'category').map((node) => node.textContent)).toEqual([
      'OTAN',
      'Ukraine',
      'Dmytro Kuleba',
      'Jens Stoltenberg',
    ]);
    const media = all(kiev, NS.media, 'content');
    expect(media).toHaveLength(1);
    expect(media[0]?.getAttribute('url')).toBe('https://www.example.fr/images/otan-kiev-conseil-16x9.jpg');
    expect(media[0]?.getAttribute('type')).toBe('image/jpeg');
    expect(media[0]?.getAttribute('width')).toBe('1600');
    expect(media[0]?.getAttribute('height')).toBe('900');
  });

  it('writes one dc:creator per author and keeps the date in the offset it was given', () => {
    const article: Article = {
      ...(seeds[0] as Article),
      datePublished: '2024-12-31T23:30:00-03:30',
      authors: [{ name: 'Élise Marchand' }, { name: 'Karim Benali' }, { name: ' ' }],
      image: { src: '/images/photo.webp?w=1200', width: 1200, height: 800, alt: '' },
    };
    const { items } = channelOf(buildRssFeed([article], exampleSite, { feedUrl: FEED }));
    expect(textOf(items[0] ?? ({} as never), null, 'pubDate')).toBe('Tue, 31 Dec 2024 23:30:00 -0330');
    expect(all(items[0] ?? ({} as never), NS.dc, 'creator').map((node) => node.textContent)).toEqual([
      'Élise Marchand',
      'Karim Benali',
    ]);
    expect(all(items[0] ?? ({} as never), NS.media, 'content')[0]?.getAttribute('type')).toBe('image/webp');
  });

  it('takes the channel’s words and link from the options, and limits the items', () => {
    const { channel, items } = channelOf(
      buildRssFeed(seeds, exampleSite, {
        feedUrl: '/international/rss.xml',
        title: 'International',
        description: 'Les articles de la rubrique International',
        link: '/international',
        language: 'fr-BE',
        limit: 2,
      }),
    );
    expect(items).toHaveLength(2);
    expect(textOf(channel, null, 'title')).toBe('International');
    expect(textOf(channel, null, 'link')).toBe('https://www.example.fr/international');
    expect(textOf(channel, null, 'language')).toBe('fr-BE');
    expect(all(channel, NS.atom, 'link')[0]?.getAttribute('href')).toBe(
      'https://www.example.fr/international/rss.xml',
    );
  });

  it('leaves out articles whose URL is unusable, and writes no unsafe URL anywhere', () => {
    const hostile = HOSTILE_URLS.filter((url) => url !== 'javascript&colon;alert(1)');
    const articles = hostile.map((url) => ({
      ...(seeds[0] as Article),
      url,
      image: { src: url, width: 1200, height: 675, alt: '' },
    }));
    const xml = buildRssFeed(articles, exampleSite, {
      feedUrl: 'javascript:alert(1)',
      link: 'data:text/html,x',
    });
    const { items } = channelOf(xml);
    expect(items).toHaveLength(0);
    expect(xml).not.toMatch(/javascript:|data:|vbscript:|file:|blob:|mailto:|ftp:/i);
    expect(all(parseXml(xml), NS.atom, 'link')).toHaveLength(0);
  });

  it('never throws and is always well-formed XML, whatever the articles, the site and the options', () => {
    fc.assert(
      fc.property(
        fc.array(anyArticle, { maxLength: 5 }),
        siteConfig,
        fc.record({
          feedUrl: fc.oneof(fc.constantFrom(FEED, '/rss.xml', ...HOSTILE_URLS), fc.string()),
          title: fc.constantFrom(...HOSTILE_STRINGS),
          description: fc.constantFrom(...HOSTILE_STRINGS),
          language: fc.constantFrom('fr-FR', '', '<fr>', ...HOSTILE_STRINGS),
        }),
        (articles, site, options) => {
          const xml = buildRssFeed(articles, site, options);
          expect(xmlProblems(xml)).toEqual([]);
          expect(xml).not.toMatch(/(?:href|url)="\s*(?:javascript|data|vbscript):/i);
        },
      ),
      { numRuns: 300 },
    );
  });
});
