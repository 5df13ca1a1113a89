import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleSite, stoltenbergLongTerme } from '../../fixtures';
import { ArticleLayout, RelatedArticles, Subheading } from '../../src';
import { auditArticle } from '../../src/audit';
import type { Article, Teaser } from '../../src/model';
import { parseArticle } from '../../src/model';
import { buildArticleMeta, buildNewsArticleJsonLd } from '../../src/seo';
import { isBlank, nonBlankText } from '../../src/text';
import { renderOnServer } from '../support/server';

const warn = vi.spyOn(console, 'warn');
beforeAll(() => warn.mockImplementation(() => {}));
afterAll(() => warn.mockRestore());

/** White space as `trim` knows it and the zero-width characters a CMS leaves behind. */
const blank = fc
  .array(
    fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\u00A0',
      '\u202F',
      '\u2028',
      '\uFEFF',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((characters) => characters.join(''));

describe('isBlank', () => {
  it('holds for white space and zero-width characters only', () => {
    fc.assert(fc.property(blank, (text) => isBlank(text) && nonBlankText(text) === undefined));
    expect(isBlank('')).toBe(true);
    expect(isBlank('\u200BKiev')).toBe(false);
    expect(isBlank('👩‍👩‍👧')).toBe(false);
    expect(nonBlankText('\u200B Kiev ')).toBe('\u200B Kiev');
  });
});

/** The seed article with every optional text set to `text`, in the head, the byline and the body. */
function withTexts(text: string): Article {
  const { article } = stoltenbergLongTerme;
  return {
    ...article,
    headline: text,
    standfirst: text,
    description: text,
    section: { name: text, url: '/international' },
    tags: [text, 'OTAN'],
    authors: [{ name: text, jobTitle: text }, { name: 'Marie Dupont' }],
    image: article.image && { ...article.image, alt: text, caption: text, credit: text },
    source: { name: text },
    body: [
      ...article.body,
      { type: 'paragraph', text },
      { type: 'subheading', text },
      { type: 'list', items: [text, 'un point'] },
      { type: 'quote', text: 'Nous restons unis.', attribution: { name: text, role: text } },
    ],
  };
}

const teasers = (text: string): Teaser[] =>
  stoltenbergLongTerme.related.map((teaser) => ({ ...teaser, headline: text, standfirst: text }));

// A text that shows nothing is treated as the empty text everywhere: same page, same head tags,
// same structured data, same audit findings.
describe('a text made of spaces and zero-width characters', () => {
  it('renders, describes and audits an article as the empty text does', () => {
    const empty = withTexts('');
    const emptyPage = renderOnServer(
      <ArticleLayout article={empty} site={exampleSite} related={teasers('')} />,
    );
    const emptyMeta = buildArticleMeta(empty, exampleSite);
    const emptyJsonLd = buildNewsArticleJsonLd(empty, exampleSite);
    const emptyAudit = auditArticle(empty, exampleSite).map((finding) => `${finding.code} ${finding.field}`);
    fc.assert(
      fc.property(blank, (text) => {
        const article = withTexts(text);
        expect(
          renderOnServer(<ArticleLayout article={article} site={exampleSite} related={teasers(text)} />),
        ).toEqual(emptyPage);
        expect(buildArticleMeta(article, exampleSite)).toEqual(emptyMeta);
        expect(buildNewsArticleJsonLd(article, exampleSite)).toEqual(emptyJsonLd);
        expect(
          auditArticle(article, exampleSite).map((finding) => `${finding.code} ${finding.field}`),
        ).toEqual(emptyAudit);
      }),
      { numRuns: 20 },
    );
  });

  it('leaves a subheading and a related article out as the empty text does', () => {
    fc.assert(
      fc.property(blank, (text) => {
        expect(renderOnServer(<Subheading>{text}</Subheading>).html).toBe('');
        expect(renderOnServer(<RelatedArticles teasers={teasers(text)} />)).toEqual(
          renderOnServer(<RelatedArticles teasers={teasers('')} />),
        );
      }),
      { numRuns: 20 },
    );
  });

  it('is refused by parseArticle as an empty headline is', () => {
    const result = parseArticle({ ...stoltenbergLongTerme.article, headline: '\u200B\u00A0' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((issue) => issue.path)).toContain('headline');
  });
});
