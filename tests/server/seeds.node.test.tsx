import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleSite, seedFixtures } from '../../fixtures';
import type { Article } from '../../src/model';
import { renderArticleDocument } from '../../src/server';
import { countWords, richTextToPlainText } from '../../src/text';
import { frenchTitleTypography, frenchTypography } from '../../src/typography';
import { readHeadTags } from '../../support/readHeadTags';
import { emptyPaths, nonAbsoluteUrls } from '../seo/walk';
import { describeIssues, validateStructuredData } from '../support/structured-data';
import { injectionProblems, parseDocument } from './hostile';

type Node = Record<string, unknown> & { '@type'?: string };

// The seeds are clean data: any development warning while rendering them is a finding.
const warn = vi.spyOn(console, 'warn');
beforeAll(() => warn.mockImplementation(() => {}));
afterAll(() => warn.mockRestore());

const ROBOTS = 'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1';
const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const absolute = (url: string) => new URL(url, exampleSite.url).href;

function seedDocument(article: Article, related: Parameters<typeof renderArticleDocument>[0]['related']) {
  const html = renderArticleDocument({ article, site: exampleSite, related });
  const document = parseDocument(html);
  const head = readHeadTags(document);
  const all = (key: string) => head.meta.filter((tag) => tag.key === key).map((tag) => tag.content);
  const one = (key: string) => {
    const values = all(key);
    expect(values, key).toHaveLength(1);
    return values[0];
  };
  const graph = head.jsonLd[0] as { '@context': string; '@graph': Node[] };
  const node = (type: string) => graph['@graph'].find((item) => item['@type'] === type) as Node;
  return { html, document, head, all, one, graph, node };
}

describe.each(seedFixtures.map((seed) => [seed.id, seed] as const))(
  'the document of the seed %s',
  (_id, seed) => {
    const { article, related } = seed;
    // A title's typography: a one-letter word stays with the next one.
    const headline = frenchTitleTypography(article.headline);
    const { html, document, head, all, one, graph, node } = seedDocument(article, related);

    it('renders without a development warning', () => {
      expect(warn).not.toHaveBeenCalled();
    });

    it('has one title, the headline in the site template, and the article language on <html>', () => {
      expect(head.titles).toEqual([`${headline} | Le Quotidien d’exemple`]);
      expect(head.lang).toBe(article.language ?? 'fr-FR');
    });

    it('has a meta description of at most 160 characters from the description, the standfirst or the first paragraph', () => {
      const description = one('description') ?? '';
      expect(description.length).toBeGreaterThan(50);
      expect(description.length).toBeLessThanOrEqual(160);
      const firstParagraph = article.body.find((block) => block.type === 'paragraph');
      const source = frenchTypography(
        article.description ??
          article.standfirst ??
          (firstParagraph?.type === 'paragraph' ? richTextToPlainText(firstParagraph.text) : ''),
      );
      if (description.endsWith('…') && source !== description) {
        expect(source.startsWith(description.slice(0, -1))).toBe(true);
      } else {
        expect(description).toBe(source);
      }
    });

    it('has the canonical link and the robots directives', () => {
      expect(head.links.filter((link) => link.rel === 'canonical')).toEqual([
        { rel: 'canonical', href: article.url },
      ]);
      expect(one('robots')).toBe(ROBOTS);
    });

    it('has the Open Graph tags of an article', () => {
      const image = article.image;
      expect(one('og:type')).toBe('article');
      expect(one('og:locale')).toBe('fr_FR');
      expect(one('og:site_name')).toBe('Le Quotidien d’exemple');
      expect(one('og:title')).toBe(headline);
      expect(one('og:description')).toBe(one('description'));
      expect(one('og:url')).toBe(article.url);
      expect(image).toBeDefined();
      // The 16:9 original is the crop closest to a 1.91:1 card.
      expect(one('og:image')).toBe(absolute(image?.src ?? ''));
      expect(one('og:image:secure_url')).toBe(absolute(image?.src ?? ''));
      expect(one('og:image:width')).toBe(String(image?.width));
      expect(one('og:image:height')).toBe(String(image?.height));
      expect(one('og:image:alt')).toBe(image?.alt);
    });

    it('has the article:* tags', () => {
      expect(one('article:published_time')).toBe(article.datePublished);
      expect(all('article:modified_time')).toEqual(article.dateModified ? [article.dateModified] : []);
      expect(all('article:section')).toEqual(article.section ? [article.section.name] : []);
      expect(all('article:tag')).toEqual((article.tags ?? []).map(frenchTypography));
      expect(all('article:author')).toEqual(
        (article.authors ?? []).flatMap((author) => (author.url ? [absolute(author.url)] : [])),
      );
    });

    it('has a large-image Twitter card', () => {
      expect(one('twitter:card')).toBe('summary_large_image');
      expect(all('twitter:site')).toEqual([]);
      expect(one('twitter:title')).toBe(headline);
      expect(one('twitter:description')).toBe(one('description'));
      expect(one('twitter:image')).toBe(one('og:image'));
      expect(one('twitter:image:alt')).toBe(article.image?.alt);
    });

    it('has exactly one JSON-LD graph, in the head, with no empty value and only absolute URLs', () => {
      expect(head.jsonLd).toHaveLength(1);
      expect(document.querySelector('script[type="application/ld+json"]')?.parentElement?.localName).toBe(
        'head',
      );
      expect(graph['@context']).toBe('https://schema.org');
      expect(graph['@graph'].map((item) => item['@type'])).toEqual(
        expect.arrayContaining(['NewsArticle', 'NewsMediaOrganization', 'BreadcrumbList']),
      );
      expect(emptyPaths(graph)).toEqual([]);
      expect(nonAbsoluteUrls(graph)).toEqual([]);
    });

    // Google Search Central, "Article structured data": every property below is recommended, none required.
    it('gives the NewsArticle the headline the page shows, whole', () => {
      const news = node('NewsArticle');
      expect(typeof news.headline).toBe('string');
      expect(news.headline).toBe(document.querySelector('h1')?.textContent);
    });

    it('gives the NewsArticle its images at absolute URLs, in 16:9, 4:3 and 1:1, each of at least 50,000 pixels', () => {
      const images = node('NewsArticle').image as { url: string; width: number; height: number }[];
      const ratios = images.map((image) => Math.round((image.width / image.height) * 100) / 100);
      expect(ratios).toEqual([1.78, 1.33, 1]);
      for (const image of images) {
        expect(image.width * image.height).toBeGreaterThanOrEqual(50_000);
        expect(image.url).toMatch(/^https:\/\/www\.example\.fr\/images\//);
      }
    });

    it('gives dates in ISO 8601 with a time zone, as the page shows them', () => {
      const news = node('NewsArticle');
      expect(news.datePublished).toBe(article.datePublished);
      expect(news.datePublished).toMatch(OFFSET_DATE_TIME);
      expect(news.dateModified).toBe(article.dateModified ?? article.datePublished);
      expect(news.dateModified).toMatch(OFFSET_DATE_TIME);
      expect(Date.parse(news.dateModified as string)).toBeGreaterThanOrEqual(
        Date.parse(news.datePublished as string),
      );
      const shown = Array.from(document.querySelectorAll('article > header time'), (time) =>
        time.getAttribute('datetime'),
      );
      expect(shown[0]).toBe(news.datePublished);
      if (shown[1]) expect(shown[1]).toBe(news.dateModified);
    });

    it('names each author as a Person with a name and an absolute URL, as the byline does', () => {
      const authors = node('NewsArticle').author as Node[];
      expect(authors.length).toBeGreaterThan(0);
      for (const person of authors) {
        expect(person['@type']).toBe('Person');
        expect(typeof person.name).toBe('string');
        expect(person.url).toMatch(/^https:\/\//);
      }
      const byline = Array.from(
        document.querySelectorAll('article > header [data-author] > a'),
        (link) => link.textContent,
      );
      expect(byline).toEqual(authors.map((person) => person.name));
    });

    it('links the publisher, a NewsMediaOrganization with a sized logo', () => {
      const news = node('NewsArticle');
      const publisher = node('NewsMediaOrganization');
      expect(news.publisher).toEqual({ '@id': publisher['@id'] });
      expect(publisher.name).toBe('Le Quotidien d’exemple');
      expect(publisher.url).toBe('https://www.example.fr/');
      expect(publisher.logo).toEqual({
        '@type': 'ImageObject',
        url: 'https://www.example.fr/images/quotidien-exemple-logo.png',
        width: 600,
        height: 60,
      });
    });

    it('gives the page, section, keywords, language, word count and access', () => {
      const news = node('NewsArticle');
      expect(news.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': article.url });
      expect(news['@id']).toBe(`${article.url}#article`);
      if (article.section) expect(news.articleSection).toBe(article.section.name);
      else expect(news).not.toHaveProperty('articleSection');
      expect(news.keywords).toEqual((article.tags ?? []).map(frenchTypography));
      expect(news.inLanguage).toBe(article.language ?? 'fr-FR');
      expect(news.wordCount).toBe(countWords(article));
      expect(news.wordCount).toBeGreaterThan(100);
      expect(news.isAccessibleForFree).toBe(article.isAccessibleForFree ?? true);
    });

    it('walks a breadcrumb from the home page to the article, positions 1, 2, …', () => {
      const items = node('BreadcrumbList').itemListElement as Node[];
      expect(items.map((item) => item.position)).toEqual(items.map((_item, index) => index + 1));
      expect(items[0]).toMatchObject({ name: 'Le Quotidien d’exemple', item: 'https://www.example.fr/' });
      expect(items.at(-1)).toMatchObject({ item: article.url });
      if (article.section?.url)
        expect(items[1]).toMatchObject({ name: article.section.name, item: article.section.url });
    });

    it('passes the structured-data validator with no error', async () => {
      const report = await validateStructuredData(html);
      expect(describeIssues(seed.id, report.errors)).toEqual([]);
      expect(Object.keys(report.extracted.jsonld)).toEqual(
        expect.arrayContaining(['NewsArticle', 'BreadcrumbList']),
      );
    });

    it('contains no markup that the data did not ask for', () => {
      expect(injectionProblems(document)).toEqual([]);
    });
  },
);
