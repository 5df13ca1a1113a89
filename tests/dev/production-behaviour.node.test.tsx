import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditArticle } from '../../src/audit';
import { ArticleLayout } from '../../src/components/ArticleLayout';
import { QuoteBlock } from '../../src/components/QuoteBlock';
import { RelatedArticles } from '../../src/components/RelatedArticles';
import { Section } from '../../src/components/Section';
import { SlugScope, Subheading } from '../../src/components/Subheading';
import { formatFrenchDate } from '../../src/dates';
import { resetWarnings } from '../../src/dev';
import { parseArticleText } from '../../src/import';
import type { Article, SiteConfig, Teaser } from '../../src/model';
import { buildArticleMeta, buildNewsArticleJsonLd, serializeJsonLd } from '../../src/seo';
import { renderArticleDocument } from '../../src/server';
import { readingTime } from '../../src/text';

// Every warning sits behind `process.env.NODE_ENV !== 'production'`, folded into
// the condition that detects the bad input where it could be. These tests make
// sure that folding changed only the warning: bad input gives the same output
// in production, where nothing is printed, as in development, where it is.

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  resetWarnings();
});

function runIn<T>(nodeEnv: 'development' | 'production', work: () => T): { result: T; warnings: string[] } {
  vi.stubEnv('NODE_ENV', nodeEnv);
  resetWarnings();
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    const result = work();
    return { result, warnings: warn.mock.calls.map((call) => String(call[0])) };
  } finally {
    warn.mockRestore();
    vi.unstubAllEnvs();
  }
}

/** The fragments that no warning contains. */
const missing = (warnings: string[], fragments: string[]) =>
  fragments.filter((fragment) => !warnings.some((warning) => warning.includes(fragment)));

/** Runs `work` in development then in production; returns the development warnings. */
function expectSameOutputSilently<T>(work: () => T): string[] {
  const development = runIn('development', work);
  const production = runIn('production', work);
  expect(production.result).toEqual(development.result);
  expect(production.warnings).toEqual([]);
  return development.warnings;
}

const hostileArticle = {
  url: 'javascript:alert(1)',
  headline: '\u0007',
  language: 'pas une langue !',
  datePublished: '2024-06-12 14:30',
  dateModified: 'hier',
  authors: [{ name: '' }, { name: 'Jeanne Martin', url: 'javascript:alert(2)' }],
  image: {
    src: 'data:image/png;base64,AAAA',
    width: 10,
    height: 10,
    alt: 'Pixel',
    crops: [{ src: 'https://www.lequotidien.example/images/carre.jpg' }],
  },
  body: [
    null,
    { type: 'subheading', text: '' },
    { type: 'quote', text: '' },
    { type: 'carousel', items: [] },
    {
      type: 'paragraph',
      text: [
        { type: 'link', href: 'javascript:alert(3)', children: ['un lien piégé'] },
        ' puis ',
        {
          type: 'link',
          href: '/dehors',
          children: [{ type: 'link', href: '/dedans', children: ['un lien imbriqué'] }],
        },
        ' et ',
        { type: 'foreign', lang: '!!', children: ['burden sharing'] },
        { type: 'blink', children: [' clignotant'] },
      ],
    },
    { type: 'subheading', text: 'Les réactions', id: 'reactions' },
    { type: 'subheading', text: 'Encore les réactions', id: 'reactions' },
    { type: 'subheading', text: 'Deux mots', id: 'deux mots' },
    { type: 'subheading', text: 'Sans identifiant', id: '   ' },
    { type: 'subheading', text: 'Caractères de contrôle', id: 'ctrl\u0007' },
    { type: 'image', image: { src: '/images/plat.jpg', width: 0, height: 10, alt: 'Plat' } },
    { type: 'image', image: { src: '/images/sans-alt.jpg', width: 800, height: 600 } },
  ],
} as unknown as Article;

const hostileSite = { name: '', url: 'pas une url', locale: 'français' } as unknown as SiteConfig;

const hostileTeasers = [
  null,
  { url: '/sans-titre', headline: '  ' },
  { url: 'javascript:alert(4)', headline: 'Piège' },
  { url: '/bon', headline: 'Un bon article', image: { src: '/images/bon.jpg' } },
] as unknown as Teaser[];

describe('bad input in production (no warning) and in development (warnings)', () => {
  it('renders the same whole document', () => {
    const warnings = expectSameOutputSilently(() =>
      renderArticleDocument({
        article: hostileArticle,
        site: hostileSite,
        related: hostileTeasers,
        lang: 'pas une langue non plus',
        stylesheet: 'javascript:alert(5)',
        alternates: [{ hrefLang: '', href: '/en' }],
      }),
    );
    // A sample of the call sites this input must reach, one per module at least.
    expect(
      missing(warnings, [
        'the article has no headline', // ArticleLayout
        'is not a language tag: the article is marked', // ArticleLayout
        'body block 0 is not an object', // ArticleBlocks
        'body block 2 is a quote without text', // ArticleBlocks
        'has the unknown type "carousel"', // ArticleBlocks
        'is not an ISO 8601 date-time with an offset: it is not shown', // ArticleDates
        'the lead image was left out', // images
        'the width and height of "/images/plat.jpg" are not positive numbers', // images
        'has no alt text', // images
        'is not a safe URL (http, https or relative)', // RichText
        'a link inside another link', // RichText
        'is not a language tag: the phrase', // RichText
        'unknown inline mark "blink"', // RichText
        'two subheadings have the id "reactions"', // blockIds
        'holds spaces', // slugify
        'is empty: an id is made from its text', // slugify
        'holds control characters', // slugify
        'a related article that is not an object', // RelatedArticles
        'a related article without a headline', // RelatedArticles
        'a related article was left out', // RelatedArticles
        'has no usable width and height', // articleFacts
        'the page has no canonical URL', // articleFacts
        'site.url "pas une url"', // articleFacts
        'An author has no name', // articleFacts
        'The URL of the author Jeanne Martin', // articleFacts
        'article.language', // articleFacts
        'the page title is', // buildArticleMeta
        'An alternate link', // buildArticleMeta
        'renderArticleDocument: lang', // server
        'renderArticleDocument: the stylesheet URL', // server
      ]),
    ).toEqual([]);
  });

  it('builds the same meta tags and JSON-LD', () => {
    const article = {
      url: '/article',
      headline: 'Une mise à jour datée d’avant la publication',
      datePublished: '2024-06-12T14:30:00+02:00',
      dateModified: '2024-06-11T09:00:00+02:00',
      language: 'fr',
      body: [],
    } as unknown as Article;
    // A language without a region leaves the Open Graph locale to the site's.
    const site = {
      name: 'Le Quotidien',
      url: 'https://www.lequotidien.example',
      locale: 'français',
    } as SiteConfig;
    const warnings = expectSameOutputSilently(() => ({
      meta: buildArticleMeta(article, site),
      jsonLd: buildNewsArticleJsonLd(article, site),
    }));
    expect(
      missing(warnings, [
        'is before datePublished', // articleFacts
        'no meta description', // articleFacts
        'site.locale "français"', // buildArticleMeta
      ]),
    ).toEqual([]);
  });

  it('renders the same components from bad props', () => {
    const warnings = expectSameOutputSilently(() =>
      renderToString(
        <SlugScope>
          <ArticleLayout article={{ headline: 'Titre', body: [] } as unknown as Article} headingLevel={0} />
          <Section level={2}>
            <Section level={9}>
              <Subheading>Trop profond</Subheading>
            </Section>
          </Section>
          <Subheading>{'   '}</Subheading>
          <Subheading id="meme">Premier</Subheading>
          <Subheading id="meme">Second</Subheading>
          <QuoteBlock text="« »" />
          <QuoteBlock
            text="Une phrase."
            cite="javascript:alert(6)"
            lang="!!"
            attribution={{ role: 'ministre' } as never}
          />
          <RelatedArticles teasers={[{ url: '/a', headline: 'A' }]} max={-1} />
        </SlugScope>,
      ),
    );
    expect(
      missing(warnings, [
        'heading level 0 is below 1', // clampHeadingLevel
        'would pass h6', // clampHeadingLevel
        'a Section sets level 9 inside level 2', // Section
        'the article has no datePublished', // ArticleDates
        'a Subheading has no text', // Subheading
        'ids must be unique within an article', // SlugScope
        'a QuoteBlock has no text', // QuoteBlock
        'a QuoteBlock cite URL', // QuoteBlock
        'a QuoteBlock lang', // QuoteBlock
        'a QuoteBlock attribution has no name', // QuoteBlock
        'RelatedArticles max=-1', // RelatedArticles
      ]),
    ).toEqual([]);
  });

  it('gives the same results from the framework-free functions', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const warnings = expectSameOutputSilently(() => [
      formatFrenchDate('2024-02-30'),
      formatFrenchDate('le 12 juin'),
      formatFrenchDate('2024-06-12T14:30:00+02:00', { relativeTo: 'demain', timeZone: 'Mars/Olympus' }),
      readingTime({ body: [{ type: 'paragraph', text: 'Trois mots ici.' }] } as unknown as Article, {
        wordsPerMinute: -1,
      }),
      serializeJsonLd(cyclic),
      serializeJsonLd(undefined),
      parseArticleText(42 as unknown as string),
      auditArticle(null as unknown as Article),
    ]);
    expect(
      missing(warnings, [
        'formatFrenchDate: "2024-02-30"',
        'formatFrenchDate: "le 12 juin"',
        'relativeTo demain',
        'unknown time zone "Mars/Olympus"',
        'readingTime: wordsPerMinute',
        'serializeJsonLd: the value cannot be written',
        'serializeJsonLd: the value has no JSON form',
        'parseArticleText expects the article as a string',
        'auditArticle expects an article object',
      ]),
    ).toEqual([]);
  });
});
