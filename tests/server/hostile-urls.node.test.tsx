import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { version as reactVersion } from 'react';
import { parseSrcset } from 'srcset';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/dev';
import type { ImageLoader } from '../../src/images';
import type { Article, SiteConfig, Teaser } from '../../src/model';
import type { AlternateLink } from '../../src/seo';
import { renderArticleDocument } from '../../src/server';
import { sampleArticle, site } from '../seo/sample';
import { hostileUrls, protocolOf, RENDERED_INVISIBLE_CHARACTERS } from '../support/hostile-urls';

/**
 * Every hostile URL string in every URL field of an article, its teasers, its
 * site and renderArticleDocument's options, rendered as a whole document (on
 * React 19 in the node project, on React 18 in react18-node). The oracle is a
 * browser's: the HTML parser decodes each attribute, and the WHATWG URL
 * parser reads it on the article's page; nothing but http: and https: may come
 * out, in an attribute, a URL-valued meta tag or the JSON-LD.
 */

const PAGE = 'https://www.lequotidien.example/international/2024/04/04/otan-ukraine';
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'cite',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'ping',
  'background',
  'manifest',
]);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
const URL_META = /^(?:og:url|og:image(?::url|:secure_url)?|twitter:image|twitter:url|article:author)$/;
const URL_KEYS = new Set(['url', 'item', '@id', 'image', 'logo', 'mainEntityOfPage', 'sameAs', 'contentUrl']);

const isHttp = (protocol: string) => protocol === 'http:' || protocol === 'https:';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function* elementsOf(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children =
    'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elementsOf(child);
}

const attributeOf = (element: Element, name: string) =>
  element.attrs.find((attribute) => attribute.name === name)?.value;

/**
 * Each URL of the document that a browser would not read as http(s),
 * described. The document goes through parse5, the HTML parser of the
 * standard, which decodes character references as a browser does.
 */
function unsafeUrlsIn(html: string): string[] {
  const problems: string[] = [];
  const check = (value: string, where: string, base: string | undefined) => {
    if (!isHttp(protocolOf(value, base ?? 'about:blank'))) problems.push(`${where}=${JSON.stringify(value)}`);
  };
  const ldScripts: string[] = [];
  for (const element of elementsOf(parse(html))) {
    for (const attribute of element.attrs) {
      const where = `<${element.tagName} ${attribute.name}>`;
      if (URL_ATTRIBUTES.has(attribute.name)) check(attribute.value, where, PAGE);
      if (SRCSET_ATTRIBUTES.has(attribute.name)) {
        // Split as the srcset parser of the `srcset` package reads it, strictly: every candidate has
        // one valid width descriptor, no width twice; then each URL as a browser resolves it.
        let candidates: ReturnType<typeof parseSrcset> = [];
        try {
          candidates = parseSrcset(attribute.value, { strict: true });
        } catch (error) {
          problems.push(`${where}=${JSON.stringify(attribute.value)} does not parse (${String(error)})`);
        }
        for (const candidate of candidates) {
          if (candidate.width === undefined || candidate.density !== undefined)
            problems.push(`${where} candidate ${JSON.stringify(candidate)} has no width descriptor alone`);
          check(candidate.url, where, PAGE);
        }
      }
    }
    if (element.tagName === 'meta') {
      const name = attributeOf(element, 'property') ?? attributeOf(element, 'name') ?? '';
      // Meta tags are read by crawlers without a page to resolve against: they must be absolute.
      if (URL_META.test(name)) check(attributeOf(element, 'content') ?? '', `<meta ${name}>`, undefined);
    }
    if (element.tagName === 'script' && attributeOf(element, 'type') === 'application/ld+json') {
      ldScripts.push(element.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
    }
  }
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (URL_KEYS.has(key)) check(value, `JSON-LD ${key}`, undefined);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) walk(item, name);
    }
  };
  for (const script of ldScripts) walk(JSON.parse(script), '');
  return problems;
}

/** The article, teasers and options with `url` in every URL field that the site's own URL does not govern. */
function contentWith(url: string): {
  article: Article;
  related: Teaser[];
  alternates: AlternateLink[];
  stylesheet: string;
} {
  const article = sampleArticle({
    section: { name: 'International', url },
    source: { name: 'AFP', url },
    authors: [{ name: 'Shona Murray', url }],
    image: {
      src: url,
      width: 1200,
      height: 675,
      alt: 'Jens Stoltenberg à Bruxelles',
      crops: [{ src: url, width: 1200, height: 900 }],
    },
    body: [
      {
        type: 'paragraph',
        text: [
          'Voir ',
          { type: 'link', href: url, children: ['ici'] },
          ' et ',
          { type: 'emphasis', children: [{ type: 'link', href: url, children: ['là'] }] },
          '.',
        ],
      },
      { type: 'list', items: [[{ type: 'link', href: url, children: ['Un lien'] }], 'Sans lien'] },
      {
        type: 'quote',
        text: 'Ce budget repose sur du vent',
        attribution: { name: 'Pierre Oliver' },
        cite: url,
      },
      {
        type: 'image',
        image: {
          src: url,
          width: 800,
          height: 600,
          alt: 'Une salle',
          crops: [{ src: url, width: 800, height: 800 }],
        },
      },
      { type: 'paragraph', text: 'Fin de l’article.' },
    ],
  });
  const related: Teaser[] = [
    {
      url,
      headline: 'Mark Rutte devrait être le prochain chef de l’OTAN',
      image: { src: url, width: 640, height: 360, alt: 'Mark Rutte' },
      section: { name: 'International', url },
    },
  ];
  return { article, related, alternates: [{ hrefLang: 'en', href: url }], stylesheet: url };
}

/** The URL fields filled by `contentWith` (16) and `siteWith` (3). */
const HOSTILE_URL_FIELDS = [
  'section.url',
  'source.url',
  'authors.0.url',
  'image.src',
  'image.crops.0.src',
  'body.0.text.1.href',
  'body.0.text.3.children.0.href',
  'body.1.items.0.0.href',
  'body.2.cite',
  'body.3.image.src',
  'body.3.image.crops.0.src',
  'related.0.url',
  'related.0.image.src',
  'related.0.section.url',
  'alternates.0.href',
  'stylesheet',
  'url',
  'site.url',
  'site.logo.src',
] as const;

function siteWith(url: string): { article: Article; site: SiteConfig } {
  return {
    article: sampleArticle({ url }),
    site: { ...site, url, logo: { ...site.logo, src: url } },
  };
}

const strings = hostileUrls(RENDERED_INVISIBLE_CHARACTERS);
const tally = { documents: 0, placements: 0, unsafe: 0, loaderDocuments: 0, loaderUrls: 0, loaderUnsafe: 0 };

/**
 * A host's `imageLoader` that returns the hostile string, in a different
 * shape at each width: alone, with a query, behind a comma and a space inside
 * a path, followed by a density descriptor, followed by a whole second
 * candidate, and between commas. An image gets 3 to 6 of them in its srcset.
 */
function hostileLoader(url: string, built: { count: number }): ImageLoader {
  const shapes = [
    () => url,
    (width: number) => `${url}?w=${width}`,
    (width: number) => `/images/a, ${width}w,b.jpg`,
    () => `${url} 2x`,
    (width: number) => `/images/a.jpg ${width}w, ${url}`,
    () => `,${url},`,
  ];
  return (_src, width) => {
    const index = [320, 480, 640, 800, 1024, 1200].indexOf(width);
    built.count += 1;
    return (shapes[index === -1 ? 0 : index] ?? shapes[0])?.(width) ?? url;
  };
}

beforeEach(() => {
  resetWarnings();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => {
  // The figure the closing notes quote; printed once per React version.
  process.stdout.write(
    `hostile URLs on React ${reactVersion}: ${strings.length} strings × ${HOSTILE_URL_FIELDS.length} fields = ${tally.placements} placements in ${tally.documents} documents, ${tally.unsafe} unsafe URLs rendered; through imageLoader: ${tally.loaderUrls} URLs built in ${tally.loaderDocuments} documents, ${tally.loaderUnsafe} unsafe or mis-split srcset candidates\n`,
  );
});

describe(`hostile URL strings in every URL field (React ${reactVersion.split('.')[0]})`, () => {
  it('the oracle finds an unsafe URL where there is one', () => {
    const html =
      '<!doctype html><html><head><meta property="og:image" content="/relative.jpg"></head><body><a href=" java&#x09;script:alert(1)">x</a><img src="data:,"><a href="\u00A0javascript:x">relative path</a></body></html>';
    expect(unsafeUrlsIn(html)).toEqual([
      '<meta og:image>="/relative.jpg"',
      '<a href>=" java\\tscript:alert(1)"',
      '<img src>="data:,"',
    ]);
  });

  const chunks = 8;
  const size = Math.ceil(strings.length / chunks);
  for (let chunk = 0; chunk < chunks; chunk++) {
    const part = strings.slice(chunk * size, (chunk + 1) * size);
    it(`renders strings ${chunk * size + 1}–${chunk * size + part.length} of ${strings.length} with no unsafe URL`, () => {
      const problems: string[] = [];
      for (const url of part) {
        const content = contentWith(url);
        const documents = [renderArticleDocument({ ...content, site }), renderArticleDocument(siteWith(url))];
        for (const html of documents) {
          const found = unsafeUrlsIn(html);
          problems.push(...found.map((problem) => `${JSON.stringify(url)}: ${problem}`));
        }
        tally.documents += documents.length;
        tally.placements += HOSTILE_URL_FIELDS.length;
      }
      tally.unsafe += problems.length;
      expect(problems).toEqual([]);
    });
  }

  it('the srcset oracle finds a mis-split or unsafe candidate where there is one', () => {
    const html = (srcset: string) =>
      `<!doctype html><html><body><img src="/a.jpg" srcset="${srcset}"></body></html>`;
    expect(unsafeUrlsIn(html('/a.jpg 320w, /b.jpg 640w'))).toEqual([]);
    expect(unsafeUrlsIn(html('/a,b.jpg 320w'))).toEqual([]);
    expect(unsafeUrlsIn(html('/a.jpg 320w, javascript:alert(1) 640w'))).toHaveLength(1);
    expect(unsafeUrlsIn(html('/a.jpg 2x 320w'))).toHaveLength(1);
    expect(unsafeUrlsIn(html('/a.jpg 320w, /b.jpg 320w'))).toHaveLength(1);
    expect(unsafeUrlsIn(html('/a b.jpg 320w'))).toHaveLength(1);
  });

  for (let chunk = 0; chunk < chunks; chunk++) {
    const part = strings.slice(chunk * size, (chunk + 1) * size);
    it(`gives a host imageLoader strings ${chunk * size + 1}–${chunk * size + part.length}: every srcset candidate parses, alone and safe`, () => {
      const problems: string[] = [];
      for (const url of part) {
        const built = { count: 0 };
        const html = renderArticleDocument({
          article: sampleArticle(),
          site,
          related: contentWith('/images/teaser.jpg').related,
          imageLoader: hostileLoader(url, built),
        });
        problems.push(...unsafeUrlsIn(html).map((problem) => `${JSON.stringify(url)}: ${problem}`));
        tally.loaderDocuments += 1;
        tally.loaderUrls += built.count;
      }
      tally.loaderUnsafe += problems.length;
      expect(problems).toEqual([]);
    });
  }
});
