import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/dev';
import type { Article } from '../../src/model';
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
