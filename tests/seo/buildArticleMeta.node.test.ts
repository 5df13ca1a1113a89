import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { resetWarnings } from '../../src/dev';
import { buildArticleMeta, buildNewsArticleJsonLd } from '../../src/seo';
import { isOpenGraphLocale } from '../../src/text';
import { isSafeUrl } from '../../src/url';
import {
  article as anyArticle,
  HOSTILE_URLS,
  languageTag,
  showsNothing,
  siteConfig,
} from '../support/arbitraries';
import { sampleArticle, site } from './sample';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const CANONICAL = 'https://www.lequotidien.example/international/2024/04/04/otan-ukraine';
const HEADLINE = 'L’OTAN réitère son soutien à\u00A0Kiev lors de la réunion du Conseil OTAN-Ukraine';
const STANDFIRST =
  'Le secrétaire général de l’OTAN, Jens Stoltenberg, a réitéré son soutien à l’Ukraine et à ses espoirs de rejoindre l’alliance militaire.';

/** The meta tags as [key, content] pairs, in order. */
function pairs(meta: ReturnType<typeof buildArticleMeta>['meta']) {
  return meta.map((tag) => [tag.property ?? tag.name, tag.content]);
}

describe('buildArticleMeta: a complete article', () => {
  const head = () => buildArticleMeta(sampleArticle(), site);

  it('applies the title template once to the typeset headline', () => {
    expect(head().title).toBe(`${HEADLINE} | Le Quotidien`);
  });

  it('keeps "$&" and "$1" in a headline literally when applying the template', () => {
    expect(buildArticleMeta(sampleArticle({ headline: 'Prix : $& et $1' }), site).title).toBe(
      'Prix\u00a0: $& et $1 | Le Quotidien',
    );
  });

  it('uses the headline alone without a template', () => {
    expect(buildArticleMeta(sampleArticle(), { ...site, titleTemplate: undefined }).title).toBe(HEADLINE);
  });

  it('gives the canonical URL, robots directives and the language', () => {
    const result = head();
    expect(result.canonical).toBe(CANONICAL);
    expect(result.robots).toBe(
      'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1',
    );
    expect(result.htmlAttributes).toEqual({ lang: 'fr-FR' });
    expect(result.links).toEqual([{ rel: 'canonical', href: CANONICAL }]);
  });

  it('writes every tag a search engine and a social network read, in order', () => {
    expect(pairs(head().meta)).toEqual([
      ['description', STANDFIRST],
      ['robots', 'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1'],
      ['og:type', 'article'],
      ['og:locale', 'fr_FR'],
      ['og:site_name', 'Le Quotidien'],
      ['og:title', HEADLINE],
      ['og:description', STANDFIRST],
      ['og:url', CANONICAL],
      ['og:image', 'https://www.lequotidien.example/images/otan-bruxelles-16x9.jpg?w=1200&h=675'],
      ['og:image:secure_url', 'https://www.lequotidien.example/images/otan-bruxelles-16x9.jpg?w=1200&h=675'],
      ['og:image:width', '1200'],
      ['og:image:height', '675'],
      ['og:image:alt', 'Jens Stoltenberg au siège de l’OTAN à Bruxelles'],
      ['article:published_time', '2024-04-04T18:30:00+02:00'],
      ['article:modified_time', '2024-04-05T09:15:00+02:00'],
      ['article:section', 'International'],
      ['article:tag', 'OTAN'],
      ['article:tag', 'Ukraine'],
      ['article:tag', 'Diplomatie'],
      ['article:author', 'https://www.lequotidien.example/auteurs/shona-murray'],
      ['article:author', 'https://www.lequotidien.example/auteurs/jean-dupont'],
      ['twitter:card', 'summary_large_image'],
      ['twitter:site', '@lequotidien'],
      ['twitter:title', HEADLINE],
      ['twitter:description', STANDFIRST],
      ['twitter:image', 'https://www.lequotidien.example/images/otan-bruxelles-16x9.jpg?w=1200&h=675'],
      ['twitter:image:alt', 'Jens Stoltenberg au siège de l’OTAN à Bruxelles'],
    ]);
  });

  it('uses name= for standard and Twitter tags and property= for Open Graph', () => {
    for (const tag of head().meta) {
      const key = tag.property ?? tag.name ?? '';
      if (/^(og|article):/.test(key)) expect(tag.property).toBe(key);
      else expect(tag.name).toBe(key);
    }
  });

  it('agrees with the JSON-LD on headline, description, dates and authors', () => {
    const article = sampleArticle();
    const meta = head();
    const graph = buildNewsArticleJsonLd(article, site)['@graph'] as unknown as Record<string, unknown>[];
    const news = graph.find((node) => node['@type'] === 'NewsArticle') ?? {};
    const content = (key: string) =>
      meta.meta.filter((tag) => (tag.property ?? tag.name) === key).map((tag) => tag.content);
    expect(content('og:title')).toEqual([news.headline]);
    expect(meta.description).toBe(news.description);
    expect(content('article:published_time')).toEqual([news.datePublished]);
    expect(content('article:modified_time')).toEqual([news.dateModified]);
    expect(content('article:author')).toEqual((news.author as { url: string }[]).map((person) => person.url));
    expect(meta.canonical).toBe(news.url);
  });
});

describe('buildArticleMeta: og:locale from the article language', () => {
  const ogLocale = (language: string | undefined, siteLocale: string | undefined = 'fr_FR') =>
    pairs(buildArticleMeta(sampleArticle({ language }), { ...site, locale: siteLocale }).meta)
      .filter(([key]) => key === 'og:locale')
      .map(([, content]) => content);
  const inLanguage = (language: string) => {
    const graph = buildNewsArticleJsonLd(sampleArticle({ language }), site) as unknown as {
      '@graph': Record<string, unknown>[];
    };
    return graph['@graph'].find((node) => node['@type'] === 'NewsArticle')?.inLanguage;
  };

  it.each([
    ['en-GB', 'en_GB'],
    ['pt-PT', 'pt_PT'],
    ['de-AT', 'de_AT'],
    ['fr-CA', 'fr_CA'],
    ['en-gb', 'en_GB'],
    ['zh-Hant-HK', 'zh_HK'],
  ])('takes the territory of a regional tag (%s → %s) on a French site', (language, expected) => {
    expect(ogLocale(language)).toEqual([expected]);
  });

  // CLDR likely subtags: the territory where most speakers of the language live.
  it.each([
    ['en', 'en_US'],
    ['de', 'de_DE'],
    ['pt', 'pt_BR'],
    ['es', 'es_ES'],
    ['it', 'it_IT'],
    ['ja', 'ja_JP'],
    ['EN', 'en_US'],
    ['zh-Hant', 'zh_TW'],
  ])('gives a tag without territory (%s) its likely one (%s), not the site’s', (language, expected) => {
    expect(ogLocale(language)).toEqual([expected]);
  });

  it('keeps the language of a tag whose region is a UN M.49 area, which Open Graph cannot name', () => {
    expect(ogLocale('es-419')).toEqual(['es_ES']);
  });

  it('keeps the site locale for an article in the site’s language without a territory', () => {
    expect(ogLocale('fr', 'fr_FR')).toEqual(['fr_FR']);
    expect(ogLocale('fr', 'fr_BE')).toEqual(['fr_BE']);
    expect(ogLocale('en', 'en_GB')).toEqual(['en_GB']);
    expect(ogLocale(undefined, undefined)).toEqual(['fr_FR']);
    expect(ogLocale('fr', '"><script>')).toEqual(['fr_FR']);
  });

  it('derives the territory of a French article on a site in another language', () => {
    expect(ogLocale('fr', 'en_GB')).toEqual(['fr_FR']);
    expect(ogLocale('fr-BE', 'en_GB')).toEqual(['fr_BE']);
  });

  it.each([
    ['english', 'fr_BE', 'fr_FR'],
    ['"><script>', 'fr_BE', 'fr_FR'],
    ['en_US', 'fr_BE', 'fr_FR'],
  ])(
    'reads a value that is no language tag (%j) as French (%s site: %s), as inLanguage does',
    (language, siteLocale, expected) => {
      expect(ogLocale(language, siteLocale)).toEqual([expected]);
      expect(inLanguage(language)).toBe('fr-FR');
    },
  );

  it.each([
    // Well-formed for a lang attribute, but not a tag Intl can parse.
    ['en-a'],
    // Undetermined: its "likely" en_US would be a guess.
    ['und'],
    // Private use: no territory is known.
    ['qaa'],
  ])('keeps the site locale when no territory can be derived from %j, and warns', (language) => {
    expect(ogLocale(language, 'fr_BE')).toEqual(['fr_BE']);
    expect(warn.mock.calls.some(([message]) => String(message).includes('og:locale'))).toBe(true);
  });

  it('leaves inLanguage and <html lang> as the article wrote them', () => {
    expect(buildArticleMeta(sampleArticle({ language: 'en' }), site).htmlAttributes).toEqual({ lang: 'en' });
    expect(inLanguage('en')).toBe('en');
    expect(ogLocale('en')).toEqual(['en_US']);
  });

  it('always writes exactly one Open Graph locale, whatever the language and the site locale', () => {
    fc.assert(
      fc.property(fc.oneof(languageTag, fc.string()), siteConfig, (language, config) => {
        const locales = ogLocale(language, config.locale);
        expect(locales).toHaveLength(1);
        expect(isOpenGraphLocale(locales[0])).toBe(true);
      }),
    );
  });
});

describe('buildArticleMeta: options and choices', () => {
  it('asks not to index with noindex', () => {
    const meta = buildArticleMeta(sampleArticle(), site, { noindex: true });
    expect(meta.robots).toBe('noindex, nofollow');
    expect(pairs(meta.meta)).toContainEqual(['robots', 'noindex, nofollow']);
  });

  it('adds alternates with absolute URLs, and drops the unusable ones', () => {
    const meta = buildArticleMeta(sampleArticle(), site, {
      alternates: [
        { hrefLang: 'en', href: '/en/international/nato-ukraine' },
        {
          hrefLang: 'x-default',
          href: 'https://www.lequotidien.example/international/2024/04/04/otan-ukraine',
        },
        { hrefLang: 'de', href: 'javascript:alert(1)' },
        { hrefLang: '', href: '/es/' },
      ],
    });
    expect(meta.links).toEqual([
      { rel: 'canonical', href: CANONICAL },
      {
        rel: 'alternate',
        hrefLang: 'en',
        href: 'https://www.lequotidien.example/en/international/nato-ukraine',
      },
      { rel: 'alternate', hrefLang: 'x-default', href: CANONICAL },
    ]);
    expect(warn).toHaveBeenCalled();
  });

  it('prefers the article’s own description, as written', () => {
    const meta = buildArticleMeta(
      sampleArticle({ description: "L'essentiel : l'OTAN soutient Kiev." }),
      site,
    );
    expect(meta.description).toBe('L’essentiel\u00a0: l’OTAN soutient Kiev.');
  });

  it('cuts a long standfirst at a word, to 160 characters with an ellipsis', () => {
    const standfirst = `${'Les ministres des Affaires étrangères des pays de l’OTAN ont conclu mercredi deux jours de réunions à Bruxelles, '.repeat(3)}fin.`;
    const meta = buildArticleMeta(sampleArticle({ standfirst }), site);
    const description = meta.description ?? '';
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith('…')).toBe(true);
    expect(standfirst.startsWith(description.slice(0, -1))).toBe(true);
    expect(standfirst.charAt(description.length - 1)).toMatch(/[\s,]/);
  });

  it('falls back to the first paragraph when there is neither description nor standfirst', () => {
    const meta = buildArticleMeta(sampleArticle({ standfirst: undefined }), site);
    expect(meta.description).toBe(
      'Les ministres des Affaires étrangères des pays de l’OTAN ont conclu mercredi deux jours de réunions à Bruxelles.',
    );
  });

  it('leaves the description out when there is no text at all, and warns', () => {
    const meta = buildArticleMeta(sampleArticle({ standfirst: undefined, body: [] }), site);
    expect(meta).not.toHaveProperty('description');
    expect(pairs(meta.meta).map(([key]) => key)).not.toContain('description');
    expect(pairs(meta.meta).map(([key]) => key)).not.toContain('og:description');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('picks the crop closest to a 1.91:1 card for og:image', () => {
    const base = sampleArticle().image;
    if (!base) throw new Error('the sample has an image');
    const meta = buildArticleMeta(
      sampleArticle({ image: { ...base, src: '/images/carre.jpg', width: 1000, height: 1000 } }),
      site,
    );
    expect(pairs(meta.meta)).toContainEqual([
      'og:image',
      'https://www.lequotidien.example/images/otan-bruxelles-4x3.jpg',
    ]);
  });

  it('uses a summary card and no image tags without an image', () => {
    const keys = pairs(buildArticleMeta(sampleArticle({ image: undefined }), site).meta);
    expect(keys).toContainEqual(['twitter:card', 'summary']);
    expect(keys.map(([key]) => key).filter((key) => key?.includes('image'))).toEqual([]);
  });

  it('leaves og:image:secure_url out for an http image', () => {
    const keys = pairs(buildArticleMeta(sampleArticle(), { ...site, url: 'http://localhost:8080/' }).meta);
    expect(keys).toContainEqual([
      'og:image',
      'http://localhost:8080/images/otan-bruxelles-16x9.jpg?w=1200&h=675',
    ]);
    expect(keys.map(([key]) => key)).not.toContain('og:image:secure_url');
  });

  it('omits modified_time when the article was never updated', () => {
    const keys = pairs(buildArticleMeta(sampleArticle({ dateModified: undefined }), site).meta).map(
      ([key]) => key,
    );
    expect(keys).toContain('article:published_time');
    expect(keys).not.toContain('article:modified_time');
  });

  it('falls back to the site name for the title of an article without headline, and warns', () => {
    const meta = buildArticleMeta(sampleArticle({ headline: '' }), site);
    expect(meta.title).toBe('Le Quotidien');
    expect(pairs(meta.meta)).toContainEqual(['og:title', 'Le Quotidien']);
    expect(warn.mock.calls.some(([message]) => String(message).includes('headline'))).toBe(true);
  });

  it.each([
    ['', ''],
    [' \t', '\u0000\u0001'],
  ])(
    'falls back to the site host when the headline (%j) and the site name (%j) are blank, and warns',
    (headline, name) => {
      const meta = buildArticleMeta(sampleArticle({ headline }), { ...site, name });
      expect(meta.title).toBe('www.lequotidien.example');
      expect(pairs(meta.meta)).toContainEqual(['og:title', 'www.lequotidien.example']);
      expect(
        warn.mock.calls.some(([message]) => String(message).includes('no headline and the site no name')),
      ).toBe(true);
    },
  );

  it('falls back to « Article » when the site has no name and no usable URL either', () => {
    const meta = buildArticleMeta(sampleArticle({ headline: '' }), {
      ...site,
      name: '',
      url: 'javascript:alert(1)',
    });
    expect(meta.title).toBe('Article');
  });

  it('never builds an empty title, whatever the article and the site', () => {
    fc.assert(
      fc.property(anyArticle, siteConfig, (article, config) => {
        expect(showsNothing(buildArticleMeta(article, config).title)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('writes one article:author per distinct profile, and none for an unsafe one', () => {
    const meta = buildArticleMeta(
      sampleArticle({
        authors: [
          { name: 'A', url: '/auteurs/redaction' },
          { name: 'B', url: '/auteurs/redaction' },
          { name: 'C', url: 'javascript:alert(1)' },
          { name: 'D' },
        ],
      }),
      site,
    );
    expect(pairs(meta.meta).filter(([key]) => key === 'article:author')).toEqual([
      ['article:author', 'https://www.lequotidien.example/auteurs/redaction'],
    ]);
  });

  it('normalises the Twitter handle and drops one that is not a handle', () => {
    const handle = (twitter: string) =>
      pairs(buildArticleMeta(sampleArticle(), { ...site, twitter }).meta).find(
        ([key]) => key === 'twitter:site',
      )?.[1];
    expect(handle('lequotidien')).toBe('@lequotidien');
    expect(handle('@lequotidien')).toBe('@lequotidien');
    expect(handle('"><script>alert(1)</script>')).toBeUndefined();
  });

  it('never throws, never writes an empty tag, and writes only safe absolute URLs, whatever the data', () => {
    const URL_KEYS = new Set([
      'og:url',
      'og:image',
      'og:image:secure_url',
      'article:author',
      'twitter:image',
    ]);
    fc.assert(
      fc.property(anyArticle, siteConfig, (article, config) => {
        const meta = buildArticleMeta(article, config, {
          alternates: [{ hrefLang: 'en', href: HOSTILE_URLS[0] ?? '' }],
        });
        expect(meta.title).toEqual(expect.any(String));
        for (const tag of meta.meta) {
          expect(showsNothing(tag.content), tag.property ?? tag.name).toBe(false);
          if (URL_KEYS.has(tag.property ?? tag.name ?? '')) {
            expect(isSafeUrl(tag.content)).toBe(true);
            expect(tag.content).toMatch(/^https?:\/\//);
          }
        }
        for (const link of meta.links) expect(link.href).toMatch(/^https?:\/\//);
        expect(meta.links.filter((link) => link.rel === 'canonical').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
