import type { Graph } from 'schema-dts';
import { buildNewsArticleJsonLd } from '../../src';
import { parseDocument } from '../server/hostile';
import { type JudgedDocument, judgedDocuments } from '../support/judged-documents';
import { absoluteUrlProblem, auditMarkup } from '../support/markup-audit';
import { packageVersion, recordQuality, trackOutcome } from '../support/quality';
import {
  describeIssues,
  type StructuredDataReport,
  validateStructuredData,
} from '../support/structured-data';

/**
 * The structured data of every seed and unseen document, extracted from the
 * page's markup as a crawler does (@marbec/web-auto-extractor) and checked by
 * Adobe's structured-data validator: Google's rich-result rules per type and
 * the schema.org 30.0 vocabulary (vendored: nothing is downloaded).
 */

const outcome = trackOutcome();

const documents: JudgedDocument[] = judgedDocuments();
const reports = new Map<string, StructuredDataReport>();
const figures = { errors: 0, warnings: 0, items: 0 };

beforeAll(async () => {
  for (const document of documents) {
    const report = await validateStructuredData(document.html);
    reports.set(document.id, report);
    figures.errors += report.errors.length;
    figures.warnings += report.warnings.length;
    figures.items += Object.values(report.extracted.jsonld).reduce((sum, items) => sum + items.length, 0);
  }
}, 60_000);

afterAll(() => {
  recordQuality({
    passed: outcome.passed,
    judge: 'structured-data',
    tool: `@adobe/structured-data-validator ${packageVersion('@adobe/structured-data-validator')} with schema.org 30.0`,
    figures: [
      { label: 'documents checked', value: documents.length },
      { label: 'JSON-LD items validated', value: figures.items },
      { label: 'errors', value: figures.errors },
      { label: 'warnings', value: figures.warnings },
    ],
  });
});

const reportOf = (id: string): StructuredDataReport => {
  const report = reports.get(id);
  if (!report) throw new Error(`No report for ${id}`);
  return report;
};

describe('the validator', () => {
  it('reports the errors of a deliberately broken graph (it really validates)', async () => {
    const broken = `<!doctype html><html><head>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"NewsArticel","headline":"Titre"},
        {"@type":"NewsArticle","headlin":"Titre","author":{"@type":"Person","url":"https://www.example.fr/a"}},
        {"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","item":"https://www.example.fr/"}]}
      ]}</script>
      <script type="application/ld+json">{"@context": "https://schema.org", "@type": </script>
    </head><body></body></html>`;
    const { errors, warnings } = await validateStructuredData(broken);
    const messages = errors.map((issue) => issue.issueMessage);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Type "NewsArticel" is not a valid schema.org type',
        'Required attribute "name" is missing',
        'Required attribute "position" is missing',
        'Could not parse JSON-LD',
      ]),
    );
    // The vocabulary is really loaded: a misspelt property is caught.
    expect(warnings.map((issue) => issue.issueMessage)).toContain(
      'Property "headlin" for type "NewsArticle" is not supported by the schema.org specification',
    );
  });

  it('accepts a correct minimal graph (it does not reject everything)', async () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'Titre',
          author: [{ '@type': 'Person', name: 'Claire Dumoulin' }],
        },
      ],
    };
    const { errors, warnings } = await validateStructuredData(
      `<script type="application/ld+json">${JSON.stringify(graph)}</script>`,
    );
    expect([...errors, ...warnings]).toEqual([]);
  });
});

describe.each(documents.map((document) => [document.id, document]))('%s', (id, document) => {
  it('has one NewsArticle with its publisher and breadcrumb, found in the markup', () => {
    const { jsonld } = reportOf(id).extracted;
    expect(jsonld.NewsArticle).toHaveLength(1);
    expect(jsonld.BreadcrumbList).toHaveLength(1);
    expect(jsonld.NewsMediaOrganization ?? jsonld.Organization).toHaveLength(1);
    // One graph per page.
    expect(auditMarkup(document.html, { document: true }).jsonLd).toHaveLength(1);
  });

  it('has no structured-data error', () => {
    expect(describeIssues(id, reportOf(id).errors)).toEqual([]);
  });

  it('has no warning (no unknown schema.org property, no missing recommended field)', () => {
    expect(describeIssues(id, reportOf(id).warnings)).toEqual([]);
  });

  it('names only absolute http(s) URLs', () => {
    const problems: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`);
      } else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
      } else if (typeof value === 'string' && /\.(url|@id|item|logo|contentUrl)$/.test(path)) {
        const problem = absoluteUrlProblem(value, path);
        if (problem) problems.push(problem);
      }
    };
    walk(reportOf(id).extracted.jsonld, id);
    expect(problems).toEqual([]);
  });

  it('agrees with what the page shows: headline, dates, authors', () => {
    const news = reportOf(id).extracted.jsonld.NewsArticle?.[0] as Record<string, unknown>;
    const h1 = reportOf(id).extracted.headings.filter((heading) => heading.level === 1);
    expect(h1).toHaveLength(1);
    const headline = String(news.headline);
    // Only ASCII white space is collapsed: the no-break spaces of French typography are part of the text.
    const shown = (h1[0]?.text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
    // The structured headline is the visible one, whole, however long.
    expect(headline).toBe(shown);

    const { datetimes } = auditMarkup(document.html, { document: true });
    const instants = new Set(datetimes.map((value) => Date.parse(value)));
    expect(instants).toContain(Date.parse(String(news.datePublished)));
    if (document.article.dateModified) expect(instants).toContain(Date.parse(String(news.dateModified)));

    const body = document.html.slice(document.html.indexOf('<body'));
    for (const author of (news.author as Array<{ name: string }> | undefined) ?? []) {
      expect(body).toContain(author.name.replace(/&/g, '&amp;'));
    }
    expect(((news.author as unknown[] | undefined) ?? []).length).toBe(document.article.authors?.length ?? 0);
  });

  it('names, for a paywalled page, the one element that holds its subscriber-only part', () => {
    const news = reportOf(id).extracted.jsonld.NewsArticle?.[0] as Record<string, unknown>;
    const page = parseDocument(document.html);
    const part = news.hasPart as { cssSelector?: string; isAccessibleForFree?: unknown } | undefined;
    if (document.article.isAccessibleForFree !== false) {
      expect(part).toBeUndefined();
      expect(page.querySelector('[data-part="paywall"]')).toBeNull();
      return;
    }
    expect(String(news.isAccessibleForFree)).toBe('false');
    const marked = document.article.body.some((block) => block.type === 'paywall');
    if (!marked) {
      expect(part).toBeUndefined();
      return;
    }
    expect(String(part?.isAccessibleForFree)).toBe('false');
    // Google reads a class selector only.
    expect(part?.cssSelector).toMatch(/^\.[_a-zA-Z-][_a-zA-Z0-9-]*$/);
    const matched = page.querySelectorAll(part?.cssSelector ?? '');
    expect(matched).toHaveLength(1);
    expect(matched[0]?.getAttribute('data-part')).toBe('paywall');
  });
});

it('types the graph with schema-dts (checked by `npm run typecheck`)', () => {
  // A compile-time assertion: the builder's return type must be schema-dts' Graph.
  expectTypeOf(buildNewsArticleJsonLd).returns.toEqualTypeOf<Graph>();
  expect(
    buildNewsArticleJsonLd(
      documents[0]?.article as JudgedDocument['article'],
      documents[0]?.site as JudgedDocument['site'],
    )['@context'],
  ).toBe('https://schema.org');
});
