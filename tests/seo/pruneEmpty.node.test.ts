import { describe, expect, it } from 'vitest';
import { pruneEmpty } from '../../src/seo';

describe('pruneEmpty', () => {
  it('drops undefined, null, blank strings, non-finite numbers and empty arrays', () => {
    expect(
      pruneEmpty({
        headline: 'Titre',
        description: '',
        alternativeHeadline: '   ',
        articleSection: undefined,
        author: null,
        keywords: [],
        wordCount: Number.NaN,
        pageStart: Number.POSITIVE_INFINITY,
      }),
    ).toEqual({ headline: 'Titre' });
  });

  it('keeps false, zero and the order of array items', () => {
    expect(pruneEmpty({ isAccessibleForFree: false, position: 0, list: ['a', '', 'b', null, 'c'] })).toEqual({
      isAccessibleForFree: false,
      position: 0,
      list: ['a', 'b', 'c'],
    });
  });

  it('drops a node left with nothing but its @type', () => {
    expect(
      pruneEmpty({ image: [{ '@type': 'ImageObject', url: undefined, width: undefined }], name: 'x' }),
    ).toEqual({ name: 'x' });
  });

  it('keeps a reference made of an @id alone', () => {
    expect(pruneEmpty({ publisher: { '@id': 'https://example.fr/#organization' } })).toEqual({
      publisher: { '@id': 'https://example.fr/#organization' },
    });
  });

  it('prunes nested graphs all the way down', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: '', url: undefined }] }],
    };
    expect(pruneEmpty(graph)).toBeUndefined();
  });

  it('returns undefined for nothing at all, and leaves its input untouched', () => {
    const input = { a: '', b: [] as string[] };
    expect(pruneEmpty(input)).toBeUndefined();
    expect(input).toEqual({ a: '', b: [] });
    expect(pruneEmpty(undefined)).toBeUndefined();
  });
});
