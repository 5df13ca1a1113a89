import { describe, expect, it } from 'vitest';
import { exampleSite, otanCoordinationAide, otanKievConseil, seedFixtures } from '../../fixtures';
import { buildArticleMeta } from '../../src/seo';
import {
  breadcrumbNames,
  GOOGLE_DESCRIPTION_BUDGET,
  GOOGLE_TITLE_BUDGET,
  localImageSource,
  seoPreview,
} from '../../stories/support/seoPreviewModel';

describe('seoPreview (the search and social previews of the stories)', () => {
  it('shows exactly the tags buildArticleMeta gives, in the same order, after lang and title', () => {
    const meta = buildArticleMeta(otanKievConseil.article, exampleSite);
    const { rows } = seoPreview(otanKievConseil.article, exampleSite);
    expect(rows[0]).toEqual({
      element: 'html',
      key: 'lang',
      attribute: 'lang',
      value: meta.htmlAttributes.lang,
    });
    expect(rows[1]).toEqual({ element: 'title', key: 'title', attribute: '', value: meta.title });
    expect(rows.filter((row) => row.element === 'meta').map((row) => [row.key, row.value])).toEqual(
      meta.meta.map((tag) => [tag.property ?? tag.name, tag.content]),
    );
    expect(rows.filter((row) => row.element === 'link').map((row) => row.value)).toEqual(
      meta.links.map((link) => link.href),
    );
  });

  it('cuts every seed title at a word within the budget, with an ellipsis', () => {
    for (const seed of seedFixtures) {
      const { search, meta } = seoPreview(seed.article, exampleSite);
      // "| Le Quotidien d’exemple" alone is 24 characters: no seed title fits in 60.
      expect(meta.title.length, seed.id).toBeGreaterThan(GOOGLE_TITLE_BUDGET);
      expect(search.titleCut, seed.id).toBe(true);
      expect(search.title.length, seed.id).toBeLessThanOrEqual(GOOGLE_TITLE_BUDGET);
      expect(search.title.endsWith('…'), seed.id).toBe(true);
      const kept = search.title.slice(0, -1);
      expect(meta.title.startsWith(kept), seed.id).toBe(true);
      expect(meta.title.charAt(kept.length), seed.id).toMatch(/[^\p{L}\p{N}]/u);
    }
  });

  it('leaves a short title whole', () => {
    const { search } = seoPreview(
      { ...otanKievConseil.article, headline: 'Soutien à Kiev' },
      { ...exampleSite, titleTemplate: undefined },
    );
    expect(search).toMatchObject({ title: 'Soutien à\u00A0Kiev', titleCut: false });
  });

  it('cuts an editor’s long description for the result, not in the tag', () => {
    const description = `${'Les ministres des Affaires étrangères des pays de l’OTAN ont conclu deux jours de réunions. '.repeat(3)}`;
    const { search, meta } = seoPreview({ ...otanKievConseil.article, description }, exampleSite);
    expect(meta.description?.length).toBeGreaterThan(GOOGLE_DESCRIPTION_BUDGET);
    expect(search.descriptionCut).toBe(true);
    expect(search.description?.length).toBeLessThanOrEqual(GOOGLE_DESCRIPTION_BUDGET);
    expect(search.description?.endsWith('…')).toBe(true);
  });

  it('uses the BreadcrumbList for the URL line when the section has a page, the path otherwise', () => {
    expect(seoPreview(otanCoordinationAide.article, exampleSite).search).toMatchObject({
      origin: 'https://www.example.fr',
      breadcrumb: ['International'],
    });
    expect(seoPreview(otanKievConseil.article, exampleSite).search.breadcrumb).toEqual([
      '2024',
      '04',
      '03',
      'l-otan-reitere-son-soutien-a-kiev',
    ]);
  });

  it('takes the share card from og:image, loaded from this origin only', () => {
    const { social } = seoPreview(otanKievConseil.article, exampleSite);
    expect(social).toMatchObject({
      card: 'summary_large_image',
      domain: 'EXAMPLE.FR',
      image: {
        url: 'https://www.example.fr/images/otan-kiev-conseil-16x9.jpg',
        localSrc: '/images/otan-kiev-conseil-16x9.jpg',
        width: 1600,
        height: 900,
      },
    });
    const { image: _lead, ...withoutImage } = otanKievConseil.article;
    expect(seoPreview(withoutImage, exampleSite).social).toMatchObject({ card: 'summary' });
    expect(seoPreview(withoutImage, exampleSite).social.image).toBeUndefined();
  });
});

describe('localImageSource', () => {
  it('maps a URL of the site to its path, and nothing else', () => {
    expect(localImageSource('https://www.example.fr/images/a.jpg?w=2', 'https://www.example.fr')).toBe(
      '/images/a.jpg?w=2',
    );
    expect(
      localImageSource('https://cdn.example.com/images/a.jpg', 'https://www.example.fr'),
    ).toBeUndefined();
    expect(localImageSource('http://www.example.fr/images/a.jpg', 'https://www.example.fr')).toBeUndefined();
    expect(localImageSource('not a url', 'https://www.example.fr')).toBeUndefined();
    expect(localImageSource('https://www.example.fr/a.jpg', undefined)).toBeUndefined();
  });
});

describe('breadcrumbNames', () => {
  it('reads the names of the BreadcrumbList of a graph, and nothing from anything else', () => {
    const graph = {
      '@graph': [
        { '@type': 'NewsArticle', name: 'ignored' },
        {
          '@type': 'BreadcrumbList',
          itemListElement: [
            { name: 'Accueil' },
            { name: 'International' },
            { position: 3 },
            { name: 'Article' },
          ],
        },
      ],
    };
    expect(breadcrumbNames(graph)).toEqual(['Accueil', 'International', 'Article']);
    expect(breadcrumbNames({ '@graph': 'nope' })).toEqual([]);
    expect(breadcrumbNames(null)).toEqual([]);
  });
});
