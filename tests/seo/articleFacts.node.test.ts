import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/dev';
import type { Article, ImageSource } from '../../src/model';
import { buildArticleMeta, buildNewsArticleJsonLd } from '../../src/seo';
import { sampleArticle, site } from './sample';

beforeEach(() => {
  resetWarnings();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const N = '\u202F';
const S = '\u00A0';

/** An English article with the punctuation French typography would change. */
const english = (overrides: Partial<Article> = {}) =>
  sampleArticle({
    language: 'en-GB',
    headline: 'Is NATO ready? "Yes": it is',
    description: undefined,
    standfirst: 'Ministers met in Brussels; the answer: "we stand firm!" It\'s 40%...',
    section: { name: 'World: Europe' },
    tags: ['NATO: summit', 'Ukraine?'],
    authors: [{ name: 'Shona Murray', jobTitle: 'EU correspondent: Brussels' }],
    ...overrides,
  });

function metaOf(article: Article) {
  const meta = buildArticleMeta(article, site).meta;
  return (key: string) => meta.filter((tag) => (tag.property ?? tag.name) === key).map((tag) => tag.content);
}

function newsArticle(article: Article) {
  const graph = buildNewsArticleJsonLd(article, site) as unknown as { '@graph': Record<string, unknown>[] };
  return graph['@graph'].find((node) => node['@type'] === 'NewsArticle') as Record<string, unknown>;
}

describe('the facts of an article in another language', () => {
  it('keep its headline and description as typed in the meta tags', () => {
    const meta = metaOf(english());
    expect(buildArticleMeta(english(), site).title).toBe('Is NATO ready? "Yes": it is | Le Quotidien');
    expect(meta('og:title')).toEqual(['Is NATO ready? "Yes": it is']);
    expect(meta('twitter:title')).toEqual(['Is NATO ready? "Yes": it is']);
    expect(meta('description')).toEqual([
      'Ministers met in Brussels; the answer: "we stand firm!" It\'s 40%...',
    ]);
    expect(meta('og:description')).toEqual(meta('description'));
    expect(meta('article:section')).toEqual(['World: Europe']);
    expect(meta('article:tag')).toEqual(['NATO: summit', 'Ukraine?']);
  });

  it('keep an own description as typed', () => {
    expect(metaOf(english({ description: 'Ready? Yes: 100%!' }))('description')).toEqual([
      'Ready? Yes: 100%!',
    ]);
  });

  it('keep the JSON-LD headline, description, names and keywords as typed, in the article’s language', () => {
    const news = newsArticle(english());
    expect(news.headline).toBe('Is NATO ready? "Yes": it is');
    expect(news.description).toBe('Ministers met in Brussels; the answer: "we stand firm!" It\'s 40%...');
    expect(news.inLanguage).toBe('en-GB');
    expect(news.articleSection).toBe('World: Europe');
    expect(JSON.stringify(news)).not.toMatch(/[\u00A0\u202F«»’…]/);
    expect(buildArticleMeta(english(), site).htmlAttributes).toEqual({ lang: 'en-GB' });
  });

  it('typeset a French article in French, as before', () => {
    const french = english({ language: 'fr-FR' });
    expect(newsArticle(french).headline).toBe(`Is NATO ready${N}? «${N}Yes${N}»${S}: it is`);
    expect(metaOf(french)('og:title')).toEqual([`Is NATO ready${N}? «${N}Yes${N}»${S}: it is`]);
    expect(newsArticle(english({ language: undefined })).inLanguage).toBe('fr-FR');
    expect(newsArticle(english({ language: undefined })).headline).toBe(
      `Is NATO ready${N}? «${N}Yes${N}»${S}: it is`,
    );
  });

  it('read a language with stray spaces as the page does', () => {
    const news = newsArticle(english({ language: ' en-GB ' }));
    expect(news.inLanguage).toBe('en-GB');
    expect(news.headline).toBe('Is NATO ready? "Yes": it is');
  });
});

describe('the size of an article’s images, by the rule of the page', () => {
  const lead = (width: number, height: number, crops?: ImageSource[]) =>
    sampleArticle({
      image: { src: '/images/otan.jpg', width, height, alt: 'Jens Stoltenberg', ...(crops ? { crops } : {}) },
    });
  const IMAGE = 'https://www.lequotidien.example/images/otan.jpg';

  it('round a fractional size to whole pixels in og:image and the ImageObject', () => {
    const meta = metaOf(lead(799.6, 449.6));
    expect(meta('og:image')).toEqual([IMAGE]);
    expect(meta('og:image:width')).toEqual(['800']);
    expect(meta('og:image:height')).toEqual(['450']);
    expect(newsArticle(lead(799.6, 449.6)).image).toEqual([
      { '@type': 'ImageObject', url: IMAGE, width: 800, height: 450 },
    ]);
  });

  it.each([
    ['0.4 × 449.6', 0.4, 449.6],
    ['1e21 × 600', 1e21, 600],
    ['NaN × 450', Number.NaN, 450],
    ['-800 × 450', -800, 450],
    ['800 × -0.4', 800, -0.4],
  ])('keep the URL of an image of %s without a size, and warn once', (_, width, height) => {
    const warn = vi.mocked(console.warn);
    const meta = metaOf(lead(width, height));
    const news = newsArticle(lead(width, height));
    // The page leaves such an image out (it cannot reserve its space); search engines can still use it.
    expect(meta('og:image')).toEqual([IMAGE]);
    expect(meta('og:image:width')).toEqual([]);
    expect(meta('og:image:height')).toEqual([]);
    expect(news.image).toEqual([{ '@type': 'ImageObject', url: IMAGE }]);
    const messages = warn.mock.calls.map(([message]) => String(message));
    expect(messages.filter((message) => message.includes(IMAGE))).toEqual([
      expect.stringContaining(`${String(width)} × ${String(height)}`),
    ]);
  });

  it('round each crop by the same rule, and keep a crop whose size does not round without one', () => {
    const article = lead(1199.6, 674.5, [
      { src: '/images/otan-4x3.jpg', width: 1199.5, height: 899.6 },
      { src: '/images/otan-1x1.jpg', width: 0.4, height: 0.4 },
    ]);
    expect(newsArticle(article).image).toEqual([
      { '@type': 'ImageObject', url: IMAGE, width: 1200, height: 675 },
      {
        '@type': 'ImageObject',
        url: 'https://www.lequotidien.example/images/otan-4x3.jpg',
        width: 1200,
        height: 900,
      },
      { '@type': 'ImageObject', url: 'https://www.lequotidien.example/images/otan-1x1.jpg' },
    ]);
  });

  it('round the logo’s size too, and keep a logo whose size is unusable without one', () => {
    const publisher = (logo: ImageSource) => {
      const graph = buildNewsArticleJsonLd(sampleArticle(), { ...site, logo }) as unknown as {
        '@graph': Record<string, unknown>[];
      };
      return graph['@graph'].find((node) => node['@type'] === 'NewsMediaOrganization')?.logo;
    };
    const url = 'https://www.lequotidien.example/images/logo.png';
    expect(publisher({ src: '/images/logo.png', width: 599.6, height: 59.5 })).toEqual({
      '@type': 'ImageObject',
      url,
      width: 600,
      height: 60,
    });
    expect(publisher({ src: '/images/logo.png', width: 0.4, height: 60 })).toEqual({
      '@type': 'ImageObject',
      url,
    });
  });
});
