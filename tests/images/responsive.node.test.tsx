import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { exampleSite, otanAideMilitaire, otanKievConseilAbonnes } from '../../fixtures';
import { ArticleLayout } from '../../src/components/ArticleLayout';
import { RelatedArticles } from '../../src/components/RelatedArticles';
import { resetWarnings } from '../../src/dev';
import { IMAGE_SIZES, type ImageLoader, responsiveSources } from '../../src/images';
import type { Article } from '../../src/model';
import { renderArticleDocument } from '../../src/server';
import { parseDocument } from '../server/hostile';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const queryLoader: ImageLoader = (src, width) => `${src}?w=${width}&auto=format`;

/** The seed with an image in its body too, so that every kind of image is on the page. */
const article: Article = {
  ...otanAideMilitaire.article,
  body: [
    ...otanAideMilitaire.article.body.slice(0, 2),
    {
      type: 'image',
      image: {
        ...(otanAideMilitaire.article.image as NonNullable<Article['image']>),
        caption: 'Dans le corps',
      },
    },
    ...otanAideMilitaire.article.body.slice(2),
  ],
};

const page = (props: Partial<Parameters<typeof ArticleLayout>[0]> = {}) =>
  parseDocument(
    renderToStaticMarkup(
      <ArticleLayout article={article} related={otanAideMilitaire.related} site={exampleSite} {...props} />,
    ),
  );

describe('responsiveSources', () => {
  it('offers the widths below the intrinsic one, and the intrinsic one, through the loader', () => {
    expect(responsiveSources('/images/a.jpg', 1600, IMAGE_SIZES.lead, queryLoader)).toEqual({
      src: '/images/a.jpg?w=1600&auto=format',
      srcSet: [320, 480, 640, 800, 1024, 1280, 1600]
        .map((width) => `/images/a.jpg?w=${width}&auto=format ${width}w`)
        .join(', '),
      sizes: IMAGE_SIZES.lead,
    });
    expect(responsiveSources('/images/petite.jpg', 300, IMAGE_SIZES.body, queryLoader)?.srcSet).toBe(
      '/images/petite.jpg?w=300&auto=format 300w',
    );
  });

  it('writes the white space a URL keeps percent-encoded, so that srcset does not split there', () => {
    const spaced: ImageLoader = (_src, width) =>
      width === 320 ? 'java script:alert(1)' : width === 480 ? '/a\u3000b.jpg?x=1 2' : '/a\u00A0, 640w.jpg';
    const sources = responsiveSources('/images/a.jpg', 640, IMAGE_SIZES.body, spaced);
    expect(sources?.srcSet).toBe(
      'java%20script:alert(1) 320w, /a%E3%80%80b.jpg?x=1%202 480w, /a%C2%A0,%20640w.jpg 640w',
    );
    // The same places: the URL parser encodes them so in a path and a query.
    const page = 'https://www.lequotidien.example/article';
    expect(new URL('java%20script:alert(1)', page).href).toBe(new URL('java script:alert(1)', page).href);
    expect(new URL('/a%E3%80%80b.jpg?x=1%202', page).href).toBe(new URL('/a\u3000b.jpg?x=1 2', page).href);
  });

  it('gives nothing without a loader, and leaves out the URLs the URL policy refuses', () => {
    expect(responsiveSources('/images/a.jpg', 1600, IMAGE_SIZES.lead, undefined)).toBeUndefined();
    const partly: ImageLoader = (src, width) => (width === 640 ? 'javascript:alert(1)' : `${src}?w=${width}`);
    const sources = responsiveSources('/images/a.jpg', 800, IMAGE_SIZES.body, partly);
    expect(sources?.srcSet).toBe(
      '/images/a.jpg?w=320 320w, /images/a.jpg?w=480 480w, /images/a.jpg?w=800 800w',
    );
    expect(String(warn.mock.calls[0]?.[0])).toContain('javascript:alert(1)');
  });

  it('survives a loader that throws, keeping the plain src when the intrinsic width fails', () => {
    const throwing: ImageLoader = () => {
      throw new Error('service indisponible');
    };
    expect(responsiveSources('/images/a.jpg', 800, IMAGE_SIZES.body, throwing)).toBeUndefined();
    expect(String(warn.mock.calls[0]?.[0])).toContain('service indisponible');
  });

  it('percent-encodes what a URL may not hold raw, so that srcset never splits a URL', () => {
    const spaced: ImageLoader = (src, width) => `${src} large?w=${width}`;
    const sources = responsiveSources('/images/a b.jpg', 480, IMAGE_SIZES.body, spaced);
    expect(sources?.srcSet).toBe(
      '/images/a%20b.jpg%20large?w=320 320w, /images/a%20b.jpg%20large?w=480 480w',
    );
  });
});

describe('ArticleLayout with an imageLoader', () => {
  it('gives every image a srcset and the sizes of its place; the lead stays eager and first', () => {
    const document = page({ imageLoader: queryLoader });
    const lead = document.querySelector('article > figure img');
    expect(lead?.getAttribute('srcset')).toContain(
      '/images/otan-aide-militaire-16x9.jpg?w=1600&auto=format 1600w',
    );
    expect(lead?.getAttribute('sizes')).toBe(IMAGE_SIZES.lead);
    expect(lead?.getAttribute('fetchpriority')).toBe('high');
    expect(lead?.hasAttribute('loading')).toBe(false);
    const body = document.querySelector('[data-part="body"] figure img');
    expect(body?.getAttribute('sizes')).toBe(IMAGE_SIZES.body);
    expect(body?.getAttribute('loading')).toBe('lazy');
    const teasers = Array.from(document.querySelectorAll('aside img'));
    expect(teasers.length).toBeGreaterThan(0);
    for (const teaser of teasers) {
      expect(teaser.getAttribute('sizes')).toBe(IMAGE_SIZES.teaserList);
      expect(teaser.getAttribute('loading')).toBe('lazy');
    }
    const images = Array.from(document.querySelectorAll('img'));
    for (const image of images) {
      // Several widths, each no wider than the image, the largest its own width.
      const widths = (image.getAttribute('srcset') ?? '')
        .split(', ')
        .map((candidate) => Number(candidate.split(' ')[1]?.slice(0, -1)));
      expect(widths.length).toBeGreaterThan(1);
      expect(Math.max(...widths)).toBe(Number(image.getAttribute('width')));
      expect(image.getAttribute('src')).toContain(`?w=${image.getAttribute('width')}&`);
    }
  });

  it('leaves the markup as it was without a loader', () => {
    const without = page();
    expect(without.querySelectorAll('img[srcset], img[sizes]')).toHaveLength(0);
    expect(
      renderToStaticMarkup(<ArticleLayout article={article} site={exampleSite} imageLoader={undefined} />),
    ).toBe(renderToStaticMarkup(<ArticleLayout article={article} site={exampleSite} />));
  });

  it('gives RelatedArticles’ images the sizes of their layout', () => {
    const grid = parseDocument(
      renderToStaticMarkup(
        <RelatedArticles
          teasers={otanAideMilitaire.related}
          layout="grid"
          imageLoader={queryLoader}
          headingLevel={2}
        />,
      ),
    );
    const images = Array.from(grid.querySelectorAll('img'));
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(image.getAttribute('sizes')).toBe(IMAGE_SIZES.teaserGrid);
      expect(image.getAttribute('srcset')).toMatch(/\?w=\d+&auto=format \d+w/);
    }
  });
});

describe('renderArticleDocument with an imageLoader', () => {
  it('keeps the intrinsic images in og:image and the JSON-LD', () => {
    const head = (html: string) => {
      const document = parseDocument(html);
      return {
        og: document.querySelector('meta[property="og:image"]')?.getAttribute('content'),
        jsonLd: document.querySelector('script[type="application/ld+json"]')?.textContent,
      };
    };
    const options = {
      article: otanKievConseilAbonnes.article,
      site: exampleSite,
      related: otanKievConseilAbonnes.related,
    };
    const withLoader = renderArticleDocument({ ...options, imageLoader: queryLoader });
    expect(head(withLoader)).toEqual(head(renderArticleDocument(options)));
    expect(head(withLoader).og).toBe('https://www.example.fr/images/otan-kiev-conseil-16x9.jpg');
    expect(parseDocument(withLoader).querySelector('article > figure img')?.getAttribute('srcset')).toContain(
      '?w=',
    );
  });
});
