import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { QuoteBlock } from '../../src/components/QuoteBlock';
import { RelatedArticles } from '../../src/components/RelatedArticles';
import type { Article, SiteConfig } from '../../src/model';
import { buildArticleMeta, buildNewsArticleJsonLd, serializeJsonLd } from '../../src/seo';
import { renderArticleDocument } from '../../src/server';
import { frenchTitleTypography, frenchTypography } from '../../src/typography';
import { formatOutline, type OutlineHeading, outlineProblems } from '../../support/outline';
import {
  article as articleArbitrary,
  MALFORMED_DATES,
  quoteBlockData,
  showsNothing,
  siteConfig,
  teaser,
} from '../support/arbitraries';
import { absoluteUrlProblem, auditMarkup } from '../support/markup-audit';
import { recordQuality, trackOutcome } from '../support/quality';
import { renderOnServer } from '../support/server';

/**
 * Property tests over the content model: thousands of generated articles,
 * sites, teasers and quotations, mixing French copy with hostile input (see
 * `tests/support/arbitraries.ts`), through the document renderer, the
 * components and the builders. Each case must render without throwing and
 * without a React warning, produce only the markup the library means to
 * produce, keep every URL safe, and keep the structured data equal to what the
 * data says. fast-check prints the seed and the smallest failing input.
 */

const outcome = trackOutcome();

// FUZZ_SEED replays a failing run (fast-check prints the seed); FUZZ_SCALE shrinks or grows every count for a
// quick local loop. CI runs the full counts with a new seed each time.
if (process.env.FUZZ_SEED) fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED) });
const SCALE = Number(process.env.FUZZ_SCALE ?? '1');
const runs = (count: number) =>
  Math.max(1, Math.round(count * (Number.isFinite(SCALE) && SCALE > 0 ? SCALE : 1)));
// A full document costs about fifteen times a graph: 10,500 cases in all, most of the time on documents.
const RUNS = {
  renderArticleDocument: runs(3000),
  jsonLd: runs(4000),
  quoteBlock: runs(1500),
  relatedArticles: runs(1000),
  meta: runs(1000),
};
const casesRun: Record<keyof typeof RUNS, number> = {
  renderArticleDocument: 0,
  jsonLd: 0,
  quoteBlock: 0,
  relatedArticles: 0,
  meta: 0,
};

const BCP47 = /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i;
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

// React reports markup problems (NaN attributes, duplicate keys, invalid nesting) through console.error.
let reactErrors: string[] = [];
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    reactErrors.push(args.map(String).join(' '));
  });
  // The library's own development warnings about bad data are expected here, thousands of them.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterAll(() => {
  vi.restoreAllMocks();
});

/** Runs a case and throws every problem found, so that fast-check can shrink to the smallest input. */
function check(problems: () => string[]): void {
  reactErrors = [];
  const found = problems();
  found.push(...reactErrors.map((message) => `React: ${message}`));
  if (found.length > 0) throw new Error(found.slice(0, 12).join('\n'));
}

// C0 and C1 controls (but tab and line breaks) are invalid in HTML text; the builders drop them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be matched.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The language an article is published in: its own when it is a language tag, French otherwise. */
function publishedLanguage(article: Article): string {
  const language =
    typeof article.language === 'string' ? article.language.replace(CONTROL_CHARACTERS, '').trim() : '';
  return BCP47.test(language) ? language : 'fr-FR';
}

const FRENCH = /^fr(?:-|$)/i;

// Non-characters (U+FDD0–U+FDEF, the last two code points of every plane): HTML forbids them, the library drops them.
const NON_CHARACTERS = /\p{Noncharacter_Code_Point}/gu;
// With the u flag a lone surrogate is one code point of category Cs: what a UTF-8 encoder writes as U+FFFD.
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * The text as the library publishes it: control characters and
 * non-characters dropped, a lone surrogate as U+FFFD, trimmed,
 * then set in French typography. For an article in another language the text
 * may also stay as typed (French rules are the library's to impose on French
 * text only), so both forms are accepted there.
 */
function typesetForms(value: unknown, article: Article, typesetFrench = frenchTypography): string[] {
  const trimmed =
    typeof value === 'string'
      ? value
          .replace(CONTROL_CHARACTERS, '')
          .replace(NON_CHARACTERS, '')
          .replace(LONE_SURROGATE, '\uFFFD')
          .trim()
      : '';
  const text = showsNothing(trimmed) ? '' : trimmed;
  const french = typesetFrench(text);
  return FRENCH.test(publishedLanguage(article)) || french === text ? [french] : [french, text];
}

/** The headline's forms: a French title also keeps a one-letter word with the next one. */
function headlineForms(article: Article): string[] {
  return typesetForms(article.headline, article, frenchTitleTypography);
}

/** The French-typeset form, the one a French article shows. */
function typeset(value: unknown, article: Article): string {
  return typesetForms(value, article)[0] as string;
}

/** The list as published, in each accepted form, blank items left out and (with `unique`) duplicates too. */
function publishedLists(values: unknown[], article: Article, { unique = false } = {}): string[][] {
  const forms = values.map((value) => typesetForms(value, article));
  const pick = (index: number) => {
    const list = forms
      .map((form) => form[index] ?? (form[0] as string))
      .filter((item) => !showsNothing(item));
    return unique ? [...new Set(list)] : list;
  };
  return forms.some((form) => form.length > 1) ? [pick(0), pick(1)] : [pick(0)];
}

/**
 * The outline rule for a page: one h1 first, nothing else at the top, no level
 * skipped. An article whose headline shows nothing keeps its h1, hidden, with
 * the page's fallback title (`fallback`).
 */
function documentOutlineProblems(outline: OutlineHeading[], headline: string, fallback: string): string[] {
  // The outline reads text as a browser lays it out: runs of white space are one space.
  const collapse = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();
  if (showsNothing(headline) && collapse(outline[0]?.text) !== collapse(fallback))
    return [
      `the h1 for a blank headline is not the fallback title ${JSON.stringify(fallback)}`,
      formatOutline(outline),
    ];
  const problems = outlineProblems(outline, { topLevel: 1 });
  return problems.length > 0 ? [...problems, formatOutline(outline)] : [];
}

function isRealCalendarDate(iso: string): boolean {
  const match = ISO_WITH_OFFSET.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && !Number.isNaN(Date.parse(iso));
}

/** Problems in a JSON-LD value: empty values, non-absolute URLs. */
function jsonLdValueProblems(value: unknown, path: string): string[] {
  if (value === undefined || value === null) return [`${path} is ${value}`];
  if (typeof value === 'string') {
    if (showsNothing(value)) return [`${path} is blank`];
    const key = path.slice(path.lastIndexOf('.') + 1);
    if (['url', '@id', 'item', 'contentUrl', 'sameAs', 'logo'].includes(key)) {
      const problem = absoluteUrlProblem(value, path);
      return problem ? [problem] : [];
    }
    return [];
  }
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} is ${value}`];
  if (typeof value === 'boolean') return [];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${path} is an empty array`];
    return value.flatMap((item, index) => jsonLdValueProblems(item, `${path}[${index}]`));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${path} is an empty object`];
    return entries.flatMap(([key, item]) => jsonLdValueProblems(item, `${path}.${key}`));
  }
  return [`${path} has the type ${typeof value}`];
}

type Node = Record<string, unknown>;

/** What the structured data must say, given the data it was built from. */
function jsonLdProblems(article: Article, site: SiteConfig, graph: unknown): string[] {
  const problems = jsonLdValueProblems(graph, '$');
  const nodes = ((graph as { '@graph'?: Node[] })['@graph'] ?? []) as Node[];
  const news = nodes.find((node) => node['@type'] === 'NewsArticle');
  if (!news) return [...problems, 'no NewsArticle in the graph'];

  const shown = news.headline as string | undefined;
  const forms = headlineForms(article);
  const headline = forms.find((form) => form === shown) ?? (forms[0] as string);
  if (showsNothing(headline)) {
    if (shown !== undefined) problems.push(`headline ${JSON.stringify(shown)} for an empty headline`);
  } else if (shown !== headline) {
    // Whole, however long: the JSON-LD headline is the page's.
    problems.push(`headline ${JSON.stringify(shown)} is not ${JSON.stringify(headline)}`);
  }

  const sections = typesetForms(article.section?.name, article).map((form) =>
    showsNothing(form) ? '' : form,
  );
  if (!sections.includes((news.articleSection as string | undefined) ?? '')) {
    problems.push(`articleSection ${JSON.stringify(news.articleSection)} is not ${JSON.stringify(sections)}`);
  }

  const tags = publishedLists(article.tags ?? [], article, { unique: true });
  if (!tags.some((list) => isDeepStrictEqual(news.keywords ?? [], list))) {
    problems.push(`keywords ${JSON.stringify(news.keywords)} are not ${JSON.stringify(tags[0])}`);
  }

  const authors = publishedLists(
    (article.authors ?? []).map((author) => author.name),
    article,
  );
  const authorNames = ((news.author as Node[] | undefined) ?? []).map((person) => person.name);
  if (!authors.some((list) => isDeepStrictEqual(authorNames, list))) {
    problems.push(`authors ${JSON.stringify(authorNames)} are not ${JSON.stringify(authors[0])}`);
  }

  const descriptions = typesetForms(article.description, article);
  if (!showsNothing(descriptions[0] as string) && !descriptions.includes(news.description as string)) {
    problems.push(
      `description ${JSON.stringify(news.description)} is not ${JSON.stringify(descriptions[0])}`,
    );
  }

  for (const field of ['datePublished', 'dateModified'] as const) {
    const value = news[field];
    if (value !== undefined && (typeof value !== 'string' || !isRealCalendarDate(value))) {
      problems.push(`${field} ${JSON.stringify(value)} is not a real ISO 8601 date-time with an offset`);
    }
  }
  const published = article.datePublished;
  if (!MALFORMED_DATES.includes(published) && news.datePublished !== published) {
    problems.push(`datePublished ${JSON.stringify(news.datePublished)} is not ${JSON.stringify(published)}`);
  }

  const language = typeof news.inLanguage === 'string' ? news.inLanguage : '';
  if (!BCP47.test(language))
    problems.push(`inLanguage ${JSON.stringify(news.inLanguage)} is not a BCP 47 tag`);

  const wordCount = news.wordCount;
  if (wordCount !== undefined && !(Number.isInteger(wordCount) && (wordCount as number) > 0)) {
    problems.push(`wordCount ${JSON.stringify(wordCount)} is not a positive integer`);
  }
  if (typeof site.url === 'string' && absoluteUrlProblem(site.url, 'site.url') === undefined) {
    const publisher = nodes.find((node) => String(node['@type']).endsWith('Organization'));
    if (!publisher?.name && !showsNothing(typeset(site.name, article)))
      problems.push('the publisher has no name');
  }
  return problems;
}

// Every property below reports what auditMarkup finds: an audit that found nothing would let them all pass.
describe('the markup audit', () => {
  it('finds the problems of a hostile fragment (it really checks)', () => {
    const { problems, headings } = auditMarkup(
      '<p onclick="x()" style="color:red"><a href="javascript:alert(1)">lien</a><img src="data:,x" alt=""></p>' +
        '<iframe src="/x"></iframe><!--injecté--><h2 id="a">Un</h2><h4 id="a">Deux</h4>',
      { document: false },
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        '<p onclick>: event handler attribute',
        '<p style>: inline style "color:red"',
        '<a href>: URL "javascript:alert(1)" has the scheme javascript:',
        '<img src>: URL "data:,x" has the scheme data:',
        'element <iframe> (http://www.w3.org/1999/xhtml) is not one the library renders',
        'comment node: "injecté"',
        '<h4 id>: the id "a" is used twice',
      ]),
    );
    expect(outlineProblems(headings, { topLevel: 2 })).not.toEqual([]);
  });

  it('finds nothing in markup the library writes (it does not reject everything)', () => {
    const { html } = renderOnServer(<RelatedArticles teasers={[{ url: '/a', headline: 'Un article' }]} />);
    expect(html).toContain('<a');
    expect(auditMarkup(html, { document: false }).problems).toEqual([]);
  });
});

describe('fuzzing', () => {
  it(`renderArticleDocument: ${RUNS.renderArticleDocument} generated articles give clean, safe, well-outlined documents`, () => {
    fc.assert(
      fc.property(
        articleArbitrary,
        siteConfig,
        fc.array(teaser, { maxLength: 4 }),
        (article, site, related) => {
          casesRun.renderArticleDocument += 1;
          check(() => {
            const html = renderArticleDocument({ article, site, related });
            const audit = auditMarkup(html, { document: true });
            const problems = [...audit.problems];
            if (audit.jsonLd.length !== 1) {
              problems.push(`${audit.jsonLd.length} JSON-LD scripts instead of one`);
            } else {
              let parsed: unknown;
              try {
                parsed = JSON.parse(audit.jsonLd[0] as string);
              } catch (error) {
                problems.push(`the JSON-LD does not parse: ${String(error)}`);
              }
              const built = JSON.parse(JSON.stringify(buildNewsArticleJsonLd(article, site)));
              if (parsed !== undefined && !isDeepStrictEqual(parsed, built)) {
                problems.push('the JSON-LD in the page is not the graph buildNewsArticleJsonLd gives');
              }
            }
            problems.push(
              ...documentOutlineProblems(
                audit.headings,
                headlineForms(article)[0] as string,
                buildArticleMeta(article, site).title,
              ),
            );
            return problems;
          });
        },
      ),
      { numRuns: RUNS.renderArticleDocument },
    );
  }, 240_000);

  it(`buildNewsArticleJsonLd + serializeJsonLd: ${RUNS.jsonLd} graphs are complete, absolute, faithful and script-safe`, () => {
    fc.assert(
      fc.property(articleArbitrary, siteConfig, (article, site) => {
        casesRun.jsonLd += 1;
        check(() => {
          const graph = buildNewsArticleJsonLd(article, site);
          const serialized = serializeJsonLd(graph);
          const problems = jsonLdProblems(article, site, graph);
          const unsafe = /[<>&\u2028\u2029]/.exec(serialized);
          if (unsafe) problems.push(`serialised JSON-LD contains ${JSON.stringify(unsafe[0])}`);
          if (!isDeepStrictEqual(JSON.parse(serialized), graph))
            problems.push('serialised JSON-LD does not read back equal');
          return problems;
        });
      }),
      { numRuns: RUNS.jsonLd },
    );
  }, 120_000);

  it(`QuoteBlock: ${RUNS.quoteBlock} generated quotations render only their own markup`, () => {
    fc.assert(
      fc.property(quoteBlockData, fc.constantFrom('block' as const, 'pull' as const), (quote, variant) => {
        casesRun.quoteBlock += 1;
        check(() => {
          const { html } = renderOnServer(
            <QuoteBlock
              text={quote.text}
              attribution={quote.attribution}
              cite={quote.cite}
              lang={quote.lang}
              variant={variant}
            />,
          );
          const audit = auditMarkup(html, { document: false });
          const problems = [...audit.problems];
          if (!showsNothing(quote.text) && !audit.elements.has('blockquote'))
            problems.push('no <blockquote> for a quotation');
          for (const element of audit.elements) {
            if (!['figure', 'blockquote', 'p', 'span', 'figcaption', 'cite'].includes(element)) {
              problems.push(`<${element}> in a quotation`);
            }
          }
          return problems;
        });
      }),
      { numRuns: RUNS.quoteBlock },
    );
  }, 120_000);

  it(`RelatedArticles: ${RUNS.relatedArticles} generated teaser lists keep their outline and safe links`, () => {
    fc.assert(
      fc.property(fc.array(teaser, { maxLength: 6 }), (teasers) => {
        casesRun.relatedArticles += 1;
        check(() => {
          const { html } = renderOnServer(<RelatedArticles teasers={teasers} />);
          const audit = auditMarkup(html, { document: false });
          const problems = [...audit.problems];
          const links = (html.match(/<a\s/g) ?? []).length;
          if (links > teasers.length) problems.push(`${links} links for ${teasers.length} teasers`);
          if (html !== '') {
            const outlineIssues = outlineProblems(audit.headings, { topLevel: 2 });
            if (outlineIssues.length > 0) problems.push(...outlineIssues, formatOutline(audit.headings));
          }
          return problems;
        });
      }),
      { numRuns: RUNS.relatedArticles },
    );
  }, 120_000);

  it(`buildArticleMeta: ${RUNS.meta} generated articles give complete head data with absolute URLs`, () => {
    fc.assert(
      fc.property(articleArbitrary, siteConfig, fc.boolean(), (article, site, noindex) => {
        casesRun.meta += 1;
        check(() => {
          const meta = buildArticleMeta(article, site, { noindex });
          const problems: string[] = [];
          if (showsNothing(meta.title)) problems.push('empty <title>');
          const headlines = headlineForms(article);
          if (!showsNothing(headlines[0] as string) && !headlines.some((form) => meta.title.includes(form))) {
            problems.push(`title ${JSON.stringify(meta.title)} does not contain the headline`);
          }
          if (!BCP47.test(meta.htmlAttributes.lang)) {
            problems.push(`lang ${JSON.stringify(meta.htmlAttributes.lang)} is not a BCP 47 tag`);
          }
          if (!noindex && !meta.robots.includes('max-image-preview:large'))
            problems.push('robots without max-image-preview');
          for (const tag of meta.meta) {
            const key = tag.property ?? tag.name;
            if (typeof tag.content !== 'string' || showsNothing(tag.content))
              problems.push(`<meta ${key}> is empty`);
            if (/^(og:url|og:image|og:image:secure_url|twitter:image|article:author)$/.test(key ?? '')) {
              const problem = absoluteUrlProblem(tag.content, `<meta ${key}>`);
              if (problem) problems.push(problem);
            }
          }
          for (const link of meta.links) {
            const problem = absoluteUrlProblem(link.href, `<link rel=${link.rel}>`);
            if (problem) problems.push(problem);
          }
          if (meta.canonical !== undefined) {
            const problem = absoluteUrlProblem(meta.canonical, 'canonical');
            if (problem) problems.push(problem);
          }
          return problems;
        });
      }),
      { numRuns: RUNS.meta },
    );
  }, 120_000);
});

afterAll(() => {
  const total = Object.values(casesRun).reduce((sum, count) => sum + count, 0);
  console.info(
    `fuzz cases run: ${Object.entries(casesRun)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')}; total ${total}`,
  );
  recordQuality({
    passed: outcome.passed,
    judge: 'fuzz',
    tool: `fast-check ${fc.__version}`,
    figures: [
      { label: 'generated cases run', value: total },
      { label: 'renderArticleDocument documents', value: casesRun.renderArticleDocument },
      { label: 'JSON-LD graphs', value: casesRun.jsonLd },
      {
        label: 'QuoteBlock / RelatedArticles renders',
        value: casesRun.quoteBlock + casesRun.relatedArticles,
      },
      { label: 'meta builds', value: casesRun.meta },
    ],
  });
});
