import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { resetWarnings } from '../../src/dev';
import type { Article } from '../../src/model';
import { buildNewsArticleJsonLd, serializeJsonLd } from '../../src/seo';
import { countWords } from '../../src/text';
import { frenchTitleTypography } from '../../src/typography';
import { isSafeUrl } from '../../src/url';
import { article as anyArticle, HOSTILE_URLS, MALFORMED_DATES, siteConfig } from '../support/arbitraries';
import { sampleArticle, site } from './sample';
import { emptyPaths, nonAbsoluteUrls } from './walk';

type Node = Record<string, unknown>;

function nodes(article: Article, config = site) {
  const graph = buildNewsArticleJsonLd(article, config) as unknown as {
    '@context': string;
    '@graph': Node[];
  };
  const byType = (type: string) => graph['@graph'].filter((node) => node['@type'] === type);
  return { graph, news: byType('NewsArticle')[0] as Node, byType };
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const CANONICAL = 'https://www.lequotidien.example/international/2024/04/04/otan-ukraine';

describe('buildNewsArticleJsonLd: a complete article', () => {
  it('is one schema.org @graph with the NewsArticle, its publisher and a breadcrumb', () => {
    const { graph, byType } = nodes(sampleArticle());
    expect(graph['@context']).toBe('https://schema.org');
    expect(graph['@graph'].map((node) => node['@type'])).toEqual([
      'NewsArticle',
      'NewsMediaOrganization',
      'BreadcrumbList',
    ]);
    expect(byType('NewsArticle')).toHaveLength(1);
  });

  it('identifies the article and its page by the canonical URL', () => {
    const { news } = nodes(sampleArticle());
    expect(news['@id']).toBe(`${CANONICAL}#article`);
    expect(news.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': CANONICAL });
    expect(news.url).toBe(CANONICAL);
  });

  it('gives the headline as the page shows it, with French typography', () => {
    const { news } = nodes(sampleArticle());
    expect(news.headline).toBe(
      'L’OTAN réitère son soutien à\u00A0Kiev lors de la réunion du Conseil OTAN-Ukraine',
    );
  });

  it('describes the article with its standfirst when it has no description', () => {
    const { news } = nodes(sampleArticle());
    expect(news.description).toBe(
      'Le secrétaire général de l’OTAN, Jens Stoltenberg, a réitéré son soutien à l’Ukraine et à ses espoirs de rejoindre l’alliance militaire.',
    );
    expect(nodes(sampleArticle({ description: 'Résumé pour les moteurs.' })).news.description).toBe(
      'Résumé pour les moteurs.',
    );
  });

  it('lists every crop of the lead image as a sized ImageObject at an absolute URL', () => {
    const { news } = nodes(sampleArticle());
    expect(news.image).toEqual([
      {
        '@type': 'ImageObject',
        url: 'https://www.lequotidien.example/images/otan-bruxelles-16x9.jpg?w=1200&h=675',
        width: 1200,
        height: 675,
      },
      {
        '@type': 'ImageObject',
        url: 'https://www.lequotidien.example/images/otan-bruxelles-4x3.jpg',
        width: 1200,
        height: 900,
      },
      {
        '@type': 'ImageObject',
        url: 'https://www.lequotidien.example/images/otan-bruxelles-1x1.jpg',
        width: 1200,
        height: 1200,
      },
    ]);
  });

  it('keeps both dates as written, with their offsets', () => {
    const { news } = nodes(sampleArticle());
    expect(news.datePublished).toBe('2024-04-04T18:30:00+02:00');
    expect(news.dateModified).toBe('2024-04-05T09:15:00+02:00');
  });

  it('gives dateModified the publication date when the article was never updated', () => {
    const { news } = nodes(sampleArticle({ dateModified: undefined }));
    expect(news.dateModified).toBe('2024-04-04T18:30:00+02:00');
  });

  it('names each author as a Person with an absolute profile URL', () => {
    const { news } = nodes(sampleArticle());
    expect(news.author).toEqual([
      {
        '@type': 'Person',
        name: 'Shona Murray',
        url: 'https://www.lequotidien.example/auteurs/shona-murray',
        jobTitle: 'correspondante à Bruxelles',
      },
      { '@type': 'Person', name: 'Jean Dupont', url: 'https://www.lequotidien.example/auteurs/jean-dupont' },
    ]);
  });

  it('points at the publisher, a NewsMediaOrganization with a sized logo', () => {
    const { news, byType } = nodes(sampleArticle());
    const [publisher] = byType('NewsMediaOrganization');
    expect(news.publisher).toEqual({ '@id': 'https://www.lequotidien.example/#organization' });
    expect(publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      '@id': 'https://www.lequotidien.example/#organization',
      name: 'Le Quotidien',
      url: 'https://www.lequotidien.example/',
      logo: {
        '@type': 'ImageObject',
        url: 'https://www.lequotidien.example/images/logo-le-quotidien.png',
        width: 600,
        height: 60,
      },
    });
  });

  it('gives section, keywords, language, word count and access', () => {
    const article = sampleArticle();
    const { news } = nodes(article);
    expect(news.articleSection).toBe('International');
    expect(news.keywords).toEqual(['OTAN', 'Ukraine', 'Diplomatie']);
    expect(news.inLanguage).toBe('fr-FR');
    expect(news.wordCount).toBe(countWords(article));
    expect(news.wordCount).toBeGreaterThan(40);
    expect(news.isAccessibleForFree).toBe(true);
    expect(nodes(sampleArticle({ isAccessibleForFree: false })).news.isAccessibleForFree).toBe(false);
    expect(nodes(sampleArticle({ language: 'fr-CA' })).news.inLanguage).toBe('fr-CA');
  });

  it('walks the breadcrumb from home through the section to the article', () => {
    const { byType } = nodes(sampleArticle());
    expect(byType('BreadcrumbList')[0]).toEqual({
      '@type': 'BreadcrumbList',
      '@id': `${CANONICAL}#breadcrumb`,
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Le Quotidien', item: 'https://www.lequotidien.example/' },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'International',
          item: 'https://www.lequotidien.example/international',
        },
        {
          '@type': 'ListItem',
          position: 3,
          name: 'L’OTAN réitère son soutien à\u00A0Kiev lors de la réunion du Conseil OTAN-Ukraine',
          item: CANONICAL,
        },
      ],
    });
  });

  it('skips a section without a page of its own in the breadcrumb, keeping positions consecutive', () => {
    const { byType } = nodes(sampleArticle({ section: { name: 'International' } }));
    const list = byType('BreadcrumbList')[0]?.itemListElement as Node[];
    expect(list.map((item) => [item.position, item.name])).toEqual([
      [1, 'Le Quotidien'],
      [2, 'L’OTAN réitère son soutien à\u00A0Kiev lors de la réunion du Conseil OTAN-Ukraine'],
    ]);
  });

  it('emits no empty value and only absolute URLs', () => {
    const { graph } = nodes(sampleArticle());
    expect(emptyPaths(graph)).toEqual([]);
    expect(nonAbsoluteUrls(graph)).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('buildNewsArticleJsonLd: headline length', () => {
  const long =
    'Le secrétaire général de l’OTAN, Jens Stoltenberg, a réitéré mercredi à Bruxelles son soutien à l’Ukraine et à ses espoirs de rejoindre l’alliance';

  it('keeps a headline longer than 110 characters whole, as the page shows it', () => {
    const { news, byType } = nodes(sampleArticle({ headline: long }));
    expect(long.length).toBeGreaterThan(110);
    // The sample is French: the headline is the text as a French title is set, every word kept and no ellipsis added.
    expect(news.headline).toBe(frenchTitleTypography(long));
    expect((news.headline as string).endsWith('…')).toBe(false);
    const crumbs = byType('BreadcrumbList')[0]?.itemListElement as Node[];
    expect(crumbs.at(-1)?.name).toBe(news.headline);
  });
});

describe('buildNewsArticleJsonLd: missing and malformed data', () => {
  it('drops the image when there is none', () => {
    const { graph, news } = nodes(sampleArticle({ image: undefined }));
    expect(news).not.toHaveProperty('image');
    expect(emptyPaths(graph)).toEqual([]);
  });

  it.each(HOSTILE_URLS.filter((url) => !isSafeUrl(url)))(
    'drops an image or crop at %j, and says so',
    (url) => {
      const base = sampleArticle().image;
      if (!base) throw new Error('the sample has an image');
      const { graph, news } = nodes(
        sampleArticle({ image: { ...base, crops: [{ src: url, width: 800, height: 800 }] } }),
      );
      expect((news.image as Node[]).map((image) => image.url)).toEqual([
        'https://www.lequotidien.example/images/otan-bruxelles-16x9.jpg?w=1200&h=675',
      ]);
      expect(serializeJsonLd(graph)).not.toMatch(/javascript|vbscript|data:|file:|blob:|mailto:|ftp:/i);
      nodes(sampleArticle({ image: { ...base, src: url, crops: [] } }));
      expect(warn).toHaveBeenCalled();
    },
  );

  it('reads "javascript&colon;…" as the relative path it is (no HTML decoding happens in JSON)', () => {
    const { news } = nodes(
      sampleArticle({ image: { src: 'javascript&colon;alert(1)', width: 10, height: 10, alt: '' } }),
    );
    expect((news.image as Node[])[0]?.url).toBe('https://www.lequotidien.example/javascript&colon;alert(1)');
  });

  it('keeps an image without a usable size as a URL-only ImageObject', () => {
    const { news } = nodes(
      sampleArticle({ image: { src: '/images/a.jpg', width: Number.NaN, height: 0, alt: 'Photo' } }),
    );
    expect(news.image).toEqual([
      { '@type': 'ImageObject', url: 'https://www.lequotidien.example/images/a.jpg' },
    ]);
  });

  it.each(MALFORMED_DATES)('drops a datePublished of %j and warns once in development', (date) => {
    const { graph, news } = nodes(sampleArticle({ datePublished: date, dateModified: undefined }));
    nodes(sampleArticle({ datePublished: date, dateModified: undefined }));
    expect(news).not.toHaveProperty('datePublished');
    expect(news).not.toHaveProperty('dateModified');
    expect(emptyPaths(graph)).toEqual([]);
    expect(warn.mock.calls.filter(([message]) => String(message).includes('datePublished'))).toHaveLength(1);
  });

  it('publishes a calendar date alone as a day (schema.org Date), without inventing a time', () => {
    const { news } = nodes(sampleArticle({ datePublished: '2024-04-04', dateModified: undefined }));
    expect(news.datePublished).toBe('2024-04-04');
    expect(news.dateModified).toBe('2024-04-04');
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps a valid dateModified when datePublished is malformed', () => {
    const { news } = nodes(sampleArticle({ datePublished: 'hier' }));
    expect(news).not.toHaveProperty('datePublished');
    expect(news.dateModified).toBe('2024-04-05T09:15:00+02:00');
  });

  it('refuses a dateModified before the publication, falling back to the publication date', () => {
    const { news } = nodes(sampleArticle({ dateModified: '2024-04-01T10:00:00+02:00' }));
    expect(news.dateModified).toBe('2024-04-04T18:30:00+02:00');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps a NewsArticle without headline when the headline is empty, and warns', () => {
    // Google requires no Article property: the dates, authors and image still help, and the graph stays valid.
    const { graph, news, byType } = nodes(sampleArticle({ headline: '   ' }));
    expect(news).toBeDefined();
    expect(news).not.toHaveProperty('headline');
    expect(news.datePublished).toBe('2024-04-04T18:30:00+02:00');
    const crumbs = byType('BreadcrumbList')[0]?.itemListElement as Node[];
    expect(crumbs.map((crumb) => crumb.name)).toEqual(['Le Quotidien', 'International']);
    expect(emptyPaths(graph)).toEqual([]);
    expect(warn.mock.calls.some(([message]) => String(message).includes('headline'))).toBe(true);
  });

  it('keeps an author whose URL is unsafe, without the URL', () => {
    const { news } = nodes(
      sampleArticle({ authors: [{ name: 'X', url: 'javascript:alert(1)' }, { name: ' ' }] }),
    );
    expect(news.author).toEqual([{ '@type': 'Person', name: 'X' }]);
  });

  it('leaves out authors when there are none', () => {
    const { news } = nodes(sampleArticle({ authors: [] }));
    expect(news).not.toHaveProperty('author');
  });

  it('drops an unsafe canonical URL and everything that hangs on it', () => {
    const { graph, news } = nodes(sampleArticle({ url: 'javascript:alert(1)' }));
    expect(news).not.toHaveProperty('@id');
    expect(news).not.toHaveProperty('mainEntityOfPage');
    expect(news).not.toHaveProperty('url');
    expect(nonAbsoluteUrls(graph)).toEqual([]);
  });

  it('writes the publisher in place when the site URL cannot give it an absolute @id', () => {
    const { graph, news } = nodes(sampleArticle(), { ...site, url: 'pas une URL' });
    expect(graph['@graph'].map((node) => node['@type'])).toEqual(['NewsArticle']);
    expect(news.publisher).toEqual({ '@type': 'NewsMediaOrganization', name: 'Le Quotidien' });
    expect(nonAbsoluteUrls(graph)).toEqual([]);
  });

  it('never throws, and emits no empty value and no relative or unsafe URL, whatever the data', () => {
    fc.assert(
      fc.property(anyArticle, siteConfig, (article, config) => {
        const graph = buildNewsArticleJsonLd(article, config);
        expect(emptyPaths(graph)).toEqual([]);
        expect(nonAbsoluteUrls(graph)).toEqual([]);
        const text = serializeJsonLd(graph);
        expect(JSON.parse(text)).toEqual(graph);
        const news = (graph['@graph'] as unknown as Node[]).find((node) => node['@type'] === 'NewsArticle');
        expect(news).toBeDefined();
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('buildNewsArticleJsonLd: corrections', () => {
  it('gives each correction the page prints as a CorrectionComment, in the page’s words', () => {
    const { news, graph } = nodes(
      sampleArticle({
        corrections: [
          {
            date: '2024-04-05T10:00:00+02:00',
            text: "Une version précédente situait la réunion à l'Élysée.",
          },
          { date: '2024-04-06', text: 'Le titre de M. Stoltenberg a été corrigé.' },
          { date: 'demain', text: 'Sans date utilisable' },
        ],
      }),
    );
    expect(news.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        datePublished: '2024-04-05T10:00:00+02:00',
        text: 'Une version précédente situait la réunion à l’Élysée.',
      },
      {
        '@type': 'CorrectionComment',
        datePublished: '2024-04-06',
        text: 'Le titre de M. Stoltenberg a été corrigé.',
      },
    ]);
    expect(emptyPaths(graph)).toEqual([]);
  });

  it('writes no correction property for an article without corrections', () => {
    expect(nodes(sampleArticle({ corrections: [] })).news).not.toHaveProperty('correction');
    expect(nodes(sampleArticle()).news).not.toHaveProperty('correction');
  });
});
