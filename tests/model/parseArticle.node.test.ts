import type * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { exampleSite, seedFixtures } from '../../fixtures';
import type { Article, SiteConfig, Teaser } from '../../src/model';
import {
  type ArticleSchema,
  parseArticle,
  parseSiteConfig,
  parseTeaser,
  type SiteConfigSchema,
  type TeaserSchema,
} from '../../src/model';

const valid = (): Record<string, unknown> => ({
  url: 'https://www.example.fr/2024/06/12/otan',
  headline: 'Le chef de l’OTAN attend des alliés qu’ils s’accordent',
  datePublished: '2024-06-12T16:45:00+02:00',
  image: { src: '/images/otan-coordination-aide-16x9.jpg', width: 1600, height: 900, alt: 'Un visuel' },
  authors: [{ name: 'Rédaction', url: '/redaction' }],
  body: [
    { type: 'paragraph', text: 'Premier paragraphe.' },
    { type: 'subheading', text: 'Umerov remercie les alliés' },
    {
      type: 'paragraph',
      text: ['Voir ', { type: 'link', href: '/otan', children: [{ type: 'emphasis', children: ['ici'] }] }],
    },
    { type: 'quote', text: 'Nous restons inébranlables', attribution: { name: 'Jens Stoltenberg' } },
  ],
});

/** Sets a value at a dot path of a fresh valid article. */
function articleWith(path: string, value: unknown): Record<string, unknown> {
  const article = valid();
  const keys = path.split('.');
  let node: Record<string, unknown> = article;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1) as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return article;
}

function issuesOf(input: unknown) {
  const result = parseArticle(input);
  if (result.success) throw new Error('expected the article to be refused');
  return result.issues;
}

describe('parseArticle accepts', () => {
  it.each(seedFixtures.map((seed) => [seed.id, seed.article] as const))(
    'the seed article %s, unchanged',
    (_id, article) => {
      const result = parseArticle(JSON.parse(JSON.stringify(article)));
      expect(result).toEqual({ success: true, article });
    },
  );

  it('every teaser of the seeds and the example site', () => {
    for (const teaser of seedFixtures.flatMap((seed) => seed.related)) {
      expect(parseTeaser(teaser)).toEqual({ success: true, teaser });
    }
    expect(parseSiteConfig(exampleSite)).toEqual({ success: true, site: exampleSite });
  });

  it('a minimal article', () => {
    const minimal = {
      url: 'http://example.fr/a',
      headline: 'Titre',
      datePublished: '2024-06-12T14:30:00Z',
      body: [],
    };
    expect(parseArticle(minimal)).toEqual({ success: true, article: minimal });
  });

  it('an article whose dates give the day only', () => {
    const dayOnly = { ...valid(), datePublished: '2024-06-12', dateModified: '2024-06-13' };
    expect(parseArticle(dayOnly)).toEqual({ success: true, article: dayOnly });
  });
});

describe('parseArticle tolerates', () => {
  it('unknown fields, which it strips and lists as warnings', () => {
    const input = { ...valid(), wordpressId: 42, body: [{ type: 'paragraph', text: 'a', style: 'bold' }] };
    const result = parseArticle(input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.article).not.toHaveProperty('wordpressId');
    expect(result.article.body[0]).toEqual({ type: 'paragraph', text: 'a' });
    expect(result.warnings).toEqual([
      { path: 'body.0.style', message: 'unknown field, ignored: got a string' },
      { path: 'wordpressId', message: 'unknown field, ignored: got a number' },
    ]);
  });

  it('optional fields set to null, as absent', () => {
    const result = parseArticle({
      ...valid(),
      standfirst: null,
      section: null,
      image: { ...(valid().image as object), caption: null },
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result).not.toHaveProperty('warnings');
    expect(result.article).not.toHaveProperty('standfirst');
    expect(result.article.image).not.toHaveProperty('caption');
  });

  it('spaces around URLs and dates, which it trims', () => {
    const result = parseArticle({
      ...valid(),
      url: ' https://www.example.fr/a ',
      datePublished: '2024-06-12T16:45:00+02:00\n',
    });
    expect(result).toMatchObject({
      success: true,
      article: { url: 'https://www.example.fr/a', datePublished: '2024-06-12T16:45:00+02:00' },
    });
  });

  it('a headline over 110 characters and a modification before publication, with warnings', () => {
    const result = parseArticle({
      ...valid(),
      headline:
        'Jens Stoltenberg veut s’assurer que les membres de l’OTAN aideront l’Ukraine sur le long terme, a-t-il dit mercredi',
      dateModified: '2024-06-12T10:00:00+02:00',
    });
    expect(result.success).toBe(true);
    expect(result.success && result.warnings?.map((warning) => warning.path)).toEqual([
      'headline',
      'dateModified',
    ]);
  });
});

describe('parseArticle refuses, naming the field', () => {
  it.each<[string, unknown, { path: string; message: RegExp }]>([
    ['headline', undefined, { path: 'headline', message: /^required field missing$/ }],
    ['headline', '', { path: 'headline', message: /^must not be empty$/ }],
    ['headline', '   ', { path: 'headline', message: /^must not be empty$/ }],
    ['headline', 42, { path: 'headline', message: /^expected a string, got 42$/ }],
    ['url', '/2024/06/12/otan', { path: 'url', message: /^not an absolute http\(s\) URL$/ }],
    ['url', 'javascript:alert(1)', { path: 'url', message: /absolute http\(s\) URL/ }],
    ['url', 'ftp://example.fr/a', { path: 'url', message: /absolute http\(s\) URL/ }],
    ['url', 'https://', { path: 'url', message: /absolute http\(s\) URL/ }],
    [
      'datePublished',
      '2024-06-12T16:45:00',
      {
        path: 'datePublished',
        message: /^not an ISO 8601 date \(e\.g\. 2024-04-04\) or date-time with a time zone/,
      },
    ],
    ['datePublished', '2024-02-30T10:00:00Z', { path: 'datePublished', message: /ISO 8601/ }],
    ['datePublished', '2024-02-30', { path: 'datePublished', message: /ISO 8601/ }],
    ['datePublished', '12 juin 2024', { path: 'datePublished', message: /ISO 8601/ }],
    [
      'datePublished',
      1718203500000,
      { path: 'datePublished', message: /^expected a string, got 1718203500000$/ },
    ],
    ['dateModified', 'hier', { path: 'dateModified', message: /ISO 8601/ }],
    ['body', undefined, { path: 'body', message: /^required field missing$/ }],
    ['body', 'texte', { path: 'body', message: /^expected a list, got "texte"$/ }],
    ['body.3', null, { path: 'body.3', message: /^expected an object, got null$/ }],
    [
      'body.1.type',
      'video',
      {
        path: 'body.1.type',
        message:
          /^expected one of "paragraph", "subheading", "quote", "image", "list", "paywall", got "video"$/,
      },
    ],
    ['body.1.text', '', { path: 'body.1.text', message: /^must not be empty$/ }],
    ['body.1.id', 'avec des espaces', { path: 'body.1.id', message: /HTML id/ }],
    ['body.0.text', 42, { path: 'body.0.text', message: /^expected a string or a list, got 42$/ }],
    [
      'body.2.text.1.href',
      'javascript:alert(1)',
      { path: 'body.2.text.1.href', message: /^not an http\(s\) or relative URL$/ },
    ],
    [
      'body.2.text.1.href',
      'data:text/html,<script>',
      { path: 'body.2.text.1.href', message: /http\(s\) or relative/ },
    ],
    [
      'body.2.text.1.children.0.type',
      'blink',
      {
        path: 'body.2.text.1.children.0.type',
        message: /one of "emphasis", "strong", "link", "foreign", got "blink"/,
      },
    ],
    [
      'body.2.text.1.children.0.children',
      undefined,
      { path: 'body.2.text.1.children.0.children', message: /required/ },
    ],
    ['body.2.text.0', 7, { path: 'body.2.text.0', message: /^expected a string or an object, got 7$/ }],
    ['body.3.attribution.name', '', { path: 'body.3.attribution.name', message: /empty/ }],
    ['body.3.lang', 'anglais', { path: 'body.3.lang', message: /BCP 47/ }],
    ['body.3.cite', 'javascript:void(0)', { path: 'body.3.cite', message: /http\(s\) or relative/ }],
    ['image.width', 0, { path: 'image.width', message: /^not a positive whole number of pixels$/ }],
    ['image.height', 12.5, { path: 'image.height', message: /positive whole number/ }],
    ['image.height', '900', { path: 'image.height', message: /^expected a number, got "900"$/ }],
    ['image.width', undefined, { path: 'image.width', message: /^required field missing$/ }],
    ['image.src', 'javascript:alert(1)', { path: 'image.src', message: /http\(s\) or relative/ }],
    ['image.alt', undefined, { path: 'image.alt', message: /required/ }],
    ['authors.0.url', 'vbscript:x', { path: 'authors.0.url', message: /http\(s\) or relative/ }],
    ['authors.0.name', '', { path: 'authors.0.name', message: /empty/ }],
    ['language', 'français', { path: 'language', message: /BCP 47/ }],
    [
      'isAccessibleForFree',
      'oui',
      { path: 'isAccessibleForFree', message: /^expected true or false, got "oui"$/ },
    ],
    ['tags', ['OTAN', ''], { path: 'tags.1', message: /empty/ }],
  ])('%s = %j', (path, value, expected) => {
    const issues = issuesOf(articleWith(path, value));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(expected.path);
    expect(issues[0]?.message).toMatch(expected.message);
  });

  it('lists every problem at once', () => {
    const issues = issuesOf({ ...valid(), headline: '', datePublished: 'demain', url: 'javascript:x' });
    expect(issues.map((issue) => issue.path).sort()).toEqual(['datePublished', 'headline', 'url']);
  });

  it('refuses what is not an object, at the root', () => {
    for (const input of [null, undefined, 'article', 42, []]) {
      const issues = issuesOf(input);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toBe('');
      expect(issues[0]?.message).toMatch(/^expected an object, got /);
    }
  });

  it('refuses cyclic and absurdly deep data without throwing', () => {
    const cyclic: Record<string, unknown> = valid();
    cyclic.body = [{ type: 'paragraph', text: [] }];
    (cyclic.body as { text: unknown[] }[])[0]?.text.push({
      type: 'emphasis',
      children: (cyclic.body as { text: unknown[] }[])[0]?.text,
    });
    expect(() => parseArticle(cyclic)).not.toThrow();
    expect(parseArticle(cyclic).success).toBe(false);

    let deep: unknown = 'fond';
    for (let i = 0; i < 5000; i += 1) deep = { type: 'strong', children: [deep] };
    const result = parseArticle({ ...valid(), body: [{ type: 'paragraph', text: [deep] }] });
    expect(result.success).toBe(false);
  });
});

describe('parseTeaser and parseSiteConfig', () => {
  it('refuse a teaser without headline or with a javascript: URL', () => {
    expect(parseTeaser({ url: '/a', headline: '' })).toEqual({
      success: false,
      issues: [{ path: 'headline', message: 'must not be empty' }],
    });
    expect(parseTeaser({ url: 'javascript:alert(1)', headline: 'Titre' })).toMatchObject({
      success: false,
      issues: [{ path: 'url' }],
    });
  });

  it('refuse a site with a relative URL, a logo without size, a bad zone or locale', () => {
    const result = parseSiteConfig({
      ...exampleSite,
      url: '/',
      logo: { src: '/images/logo.png' },
      timeZone: 'Paris',
      locale: 'fr-FR',
      titleTemplate: 'Le Quotidien',
    });
    expect(result.success).toBe(false);
    expect(!result.success && result.issues.map((issue) => issue.path).sort()).toEqual([
      'locale',
      'logo.height',
      'logo.width',
      'timeZone',
      'titleTemplate',
      'url',
    ]);
  });
});

describe('the schemas and the hand-written types', () => {
  it('agree: what the schema outputs is the model, and every model value is schema input', () => {
    expectTypeOf<v.InferOutput<typeof ArticleSchema>>().toExtend<Article>();
    expectTypeOf<Article>().toExtend<v.InferInput<typeof ArticleSchema>>();
    expectTypeOf<v.InferOutput<typeof TeaserSchema>>().toExtend<Teaser>();
    expectTypeOf<Teaser>().toExtend<v.InferInput<typeof TeaserSchema>>();
    expectTypeOf<v.InferOutput<typeof SiteConfigSchema>>().toExtend<SiteConfig>();
    expectTypeOf<SiteConfig>().toExtend<v.InferInput<typeof SiteConfigSchema>>();
  });
});

describe('parseArticle: corrections', () => {
  it('takes corrections dated with a date-time or a calendar day', () => {
    const corrections = [
      { date: '2024-06-13T09:00:00+02:00', text: 'Le montant de l’aide était erroné.' },
      { date: '2024-06-14', text: 'Le nom du ministre était mal orthographié.' },
    ];
    const result = parseArticle({ ...valid(), corrections });
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.article.corrections).toEqual(corrections);
      expect(result.warnings).toBeUndefined();
    }
  });

  it('refuses a correction without a usable date or without text, naming the field', () => {
    const result = parseArticle({
      ...valid(),
      corrections: [
        { date: '2024-06-13T09:00:00', text: 'Sans fuseau' },
        { date: '2024-06-14', text: '  ' },
        { text: 'Sans date' },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toEqual(
        expect.arrayContaining([
          { path: 'corrections.0.date', message: expect.stringContaining('not an ISO 8601 date') },
          { path: 'corrections.1.text', message: 'must not be empty' },
          { path: 'corrections.2.date', message: 'required field missing' },
        ]),
      );
    }
  });

  it('warns about a correction dated before the publication', () => {
    const result = parseArticle({
      ...valid(),
      corrections: [{ date: '2024-06-11', text: 'Daté de la veille' }],
    });
    expect(result.success && result.warnings).toEqual([
      { path: 'corrections.0.date', message: 'earlier than datePublished' },
    ]);
  });
});
