import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { auditArticle } from '../../src/audit';
import { resetWarnings } from '../../src/dev';
import { parseArticle } from '../../src/model';
import { renderArticleDocument } from '../../src/server';
import { isBlank } from '../../src/text';
import { readHeadTags } from '../../support/readHeadTags';
import { sampleArticle, site } from '../seo/sample';
import { parseDocument } from './hostile';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

// The character classes that show nothing, listed from the Unicode properties of every code point
// (an independent listing: the library matches one character class, this walks all of them).
const every = (property: RegExp) => {
  const found: string[] = [];
  for (let code = 0; code <= 0x10ffff; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCodePoint(code);
    if (property.test(character)) found.push(character);
  }
  return found;
};
const WHITE_SPACE = every(/^\p{White_Space}$/u);
const DEFAULT_IGNORABLE = every(/^\p{Default_Ignorable_Code_Point}$/u);
const CONTROLS = every(/^\p{Cc}$/u);
// U+FDD0–U+FDEF and the last two code points of every plane.
const NON_CHARACTERS = [
  ...Array.from({ length: 32 }, (_, index) => String.fromCodePoint(0xfdd0 + index)),
  ...Array.from({ length: 17 }, (_, plane) => [
    String.fromCodePoint(plane * 0x10000 + 0xfffe),
    String.fromCodePoint(plane * 0x10000 + 0xffff),
  ]).flat(),
];

const CLASSES = { WHITE_SPACE, DEFAULT_IGNORABLE, CONTROLS, NON_CHARACTERS };

/** A text made only of characters that show nothing, from one class or all of them mixed. */
const showsNothing = fc.oneof(
  ...Object.values(CLASSES).map((characters) =>
    fc.array(fc.constantFrom(...characters), { minLength: 1, maxLength: 8 }).map((list) => list.join('')),
  ),
  fc.array(fc.constantFrom(...Object.values(CLASSES).flat()), { maxLength: 12 }).map((list) => list.join('')),
);

interface Outputs {
  title: string | undefined;
  ogTitle: string | undefined;
  twitterTitle: string | undefined;
  jsonLdHeadline: unknown;
  h1: { text: string; untitled: boolean }[];
  labelledBy: string | undefined;
}

function outputs(headline: string): Outputs {
  const html = renderArticleDocument({ article: sampleArticle({ headline }), site });
  const document = parseDocument(html);
  const head = readHeadTags(document);
  const meta = (key: string) => head.meta.find((tag) => tag.key === key)?.content;
  const article = head.jsonLd
    .flatMap((item) => {
      const graph = (item as { '@graph'?: unknown[] })['@graph'];
      return Array.isArray(graph) ? graph : [item];
    })
    .find((item) => (item as { '@type'?: unknown })['@type'] === 'NewsArticle') as
    | Record<string, unknown>
    | undefined;
  const h1 = [...document.querySelectorAll('h1')];
  return {
    title: head.titles.length === 1 ? head.titles[0] : undefined,
    ogTitle: meta('og:title'),
    twitterTitle: meta('twitter:title'),
    jsonLdHeadline: article ? (Object.hasOwn(article, 'headline') ? article.headline : 'absent') : undefined,
    h1: h1.map((element) => ({
      text: element.textContent ?? '',
      untitled: element.hasAttribute('data-untitled'),
    })),
    labelledBy:
      document.querySelector('article')?.getAttribute('aria-labelledby') === h1[0]?.id ? 'h1' : undefined,
  };
}

describe('a headline that shows nothing', () => {
  it('lists what it tests: every White_Space and Default_Ignorable character, controls and non-characters', () => {
    expect(WHITE_SPACE).toHaveLength(25);
    expect(DEFAULT_IGNORABLE.length).toBeGreaterThan(4000);
    expect(CONTROLS).toHaveLength(65);
    expect(NON_CHARACTERS).toHaveLength(66);
    for (const character of Object.values(CLASSES).flat()) expect(isBlank(character), character).toBe(true);
    expect(isBlank('\u0301')).toBe(false);
    expect(isBlank('\uFFFD')).toBe(false);
  });

  it('is absent from the title, og:title, twitter:title and the JSON-LD, and the one h1 says the fallback title', () => {
    const absent: Outputs = {
      title: 'Le Quotidien',
      ogTitle: 'Le Quotidien',
      twitterTitle: 'Le Quotidien',
      jsonLdHeadline: 'absent',
      h1: [{ text: 'Le Quotidien', untitled: true }],
      labelledBy: 'h1',
    };
    expect(outputs('')).toEqual(absent);
    fc.assert(
      fc.property(showsNothing, (headline) => {
        expect(outputs(headline)).toEqual(absent);
      }),
      // Each run renders a whole document.
      { numRuns: 50 },
    );
  });

  it('beside a visible word, is part of a headline that the title, og:title, JSON-LD and h1 all give', () => {
    fc.assert(
      fc.property(showsNothing, showsNothing, (before, after) => {
        const got = outputs(`${before}Kiev${after}`);
        const h1 = got.h1[0]?.text ?? '';
        expect(got.h1).toHaveLength(1);
        expect(got.h1[0]?.untitled).toBe(false);
        expect(h1).toContain('Kiev');
        expect(got.title).toBe(`${h1} | Le Quotidien`);
        expect(got.ogTitle).toBe(h1);
        expect(got.jsonLdHeadline).toBe(h1);
      }),
      { numRuns: 40 },
    );
  });

  it('is refused by parseArticle and reported by auditArticle as a missing headline', () => {
    fc.assert(
      fc.property(showsNothing, (headline) => {
        const article = sampleArticle({ headline });
        expect(parseArticle(article)).toMatchObject({
          success: false,
          issues: [{ path: 'headline', message: 'must not be empty' }],
        });
        const findings = auditArticle(article, site).filter((finding) => finding.field === 'headline');
        expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
          ['headline-missing', 'error'],
        ]);
      }),
      { numRuns: 150 },
    );
  });

  it('warns once in development', () => {
    outputs('\uFDD0');
    expect(
      warn.mock.calls.map((call) => String(call[0])).filter((message) => message.includes('top heading')),
    ).toEqual([
      '[manchette] the article has no headline: its top heading, visually hidden, says "Le Quotidien", the page\'s fallback title.',
    ]);
  });
});
