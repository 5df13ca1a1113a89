import fc from 'fast-check';
import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';
import type * as React from 'react';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { ArticleLayout } from '../../../src/components/ArticleLayout';
import { QuoteBlock } from '../../../src/components/QuoteBlock';
import { RelatedArticles } from '../../../src/components/RelatedArticles';
import { Section } from '../../../src/components/Section';
import { Subheading } from '../../../src/components/Subheading';
import { resetWarnings } from '../../../src/dev';
import type { Block } from '../../../src/model';
import { cleanText } from '../../../src/text';
import { isSafeUrl } from '../../../src/url';
import { formatOutline, outlineFromHtml, outlineProblems } from '../../../support/outline';
import { article as anyArticle, teaser as anyTeaser, showsNothing } from '../../support/arbitraries';
import { renderOnServer } from '../../support/server';
import { natoReady, otanKiev, teasers } from './article';

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Element = DefaultTreeAdapterTypes.Element;

function elements(html: string): P5Element[] {
  const found: P5Element[] = [];
  const walk = (node: P5Node) => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parseFragment(html));
  return found;
}

const attribute = (element: P5Element, name: string) =>
  element.attrs.find((candidate) => candidate.name === name)?.value;

function textOf(node: P5Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

let warn: MockInstance;
let error: MockInstance;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

describe('ArticleLayout on the server (no DOM)', () => {
  it('has no window to lean on', () => {
    expect(typeof window).toBe('undefined');
  });

  it('renders one h1, h2 subheadings, an h2 « À lire aussi » and h3 teasers', () => {
    const { html } = renderOnServer(<ArticleLayout article={otanKiev} related={teasers} />);
    const outline = outlineFromHtml(html);
    expect(outline.map((heading) => `h${heading.level} ${heading.text}`)).toEqual([
      'h1 L’OTAN réitère son soutien à Kiev lors de la réunion du Conseil OTAN-Ukraine',
      'h2 Umerov remercie les alliés',
      'h2 Umerov remercie les alliés',
      'h2 À lire aussi',
      'h3 Jens Stoltenberg a rencontré le secrétaire à la Défense américain',
      'h3 Mark Rutte devrait être le prochain chef de l’OTAN',
    ]);
    expect(outline[1]?.id).toBe('umerov-remercie-les-allies');
    expect(outline[2]?.id).toBe('umerov-remercie-les-allies-2');
    expect(outlineProblems(outline, { topLevel: 1 })).toEqual([]);
    expect(error).not.toHaveBeenCalled();
  });

  it('writes <time dateTime> as given and French dates in Europe/Paris', () => {
    const { html } = renderOnServer(<ArticleLayout article={otanKiev} />);
    const times = elements(html).filter((element) => element.tagName === 'time');
    expect(times.map((time) => attribute(time, 'datetime'))).toEqual([
      '2024-04-04T14:30:00+02:00',
      '2024-04-04T18:05:00+02:00',
    ]);
    expect(times.map((time) => collapse(textOf(time.parentNode as P5Node)))).toEqual([
      'Publié le 4 avril 2024 à 14 h 30',
      'Mis à jour le 4 avril 2024 à 18 h 05',
    ]);
  });

  it('prints the same words whatever the server’s own zone', () => {
    const zone = process.env.TZ;
    const article = { ...otanKiev, datePublished: '2024-01-31T23:30:00Z', dateModified: undefined };
    const dates: string[] = [];
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Tokyo']) {
        process.env.TZ = tz;
        const { html } = renderOnServer(<ArticleLayout article={article} />);
        const time = elements(html).find((element) => element.tagName === 'time');
        dates.push(collapse(textOf(time as P5Node)));
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    // 23:30 UTC on 31 January is 00:30 on 1 February in Paris (UTC+1 in winter).
    expect(dates).toEqual(Array(4).fill('1er février 2024 à 0 h 30'));
  });

  it('collects the responsive and print styles with the markup', () => {
    const { css } = renderOnServer(<ArticleLayout article={otanKiev} related={teasers} />);
    expect(css).toMatch(/@media print/);
    expect(css).toContain("a[href^='http']::after");
    expect(css).toMatch(/content:\s*' \(' attr\(href\) '\)'/);
    expect(css).toMatch(/max-width:\s*100%/);
    expect(css).toMatch(/:focus-visible/);
  });

  it('writes an English article’s text as typed, French only where marked lang="fr"', () => {
    const { html } = renderOnServer(<ArticleLayout article={natoReady} related={teasers} />);
    const all = elements(html);
    const article = all.find((element) => element.tagName === 'article') as P5Element;
    expect(attribute(article, 'lang')).toBe('en-GB');
    expect(textOf(all.find((element) => element.tagName === 'h1') as P5Node)).toBe(
      'Is NATO ready? "Yes": it is',
    );
    const text = textOf(article);
    for (const typed of [
      'Ministers met in Brussels; the answer: "we stand firm!"',
      'Is it over? "Not yet": 40% of the 300000 troops asked, it\'s said...',
      'What next? "More aid"',
      '“We stand firm; always!”',
      'AA: wire',
    ]) {
      expect(text).toContain(typed);
    }
    // Everything French typography would add sits inside a part marked as French.
    const frenchParts = all.filter((element) => /^fr/i.test(attribute(element, 'lang') ?? ''));
    let outside = text;
    for (const part of frenchParts) outside = outside.replace(textOf(part), '');
    expect(outside).not.toMatch(/[\u00A0\u202F«»’…]/);
    // Byline and date labels, dates, the French phrase, the permalink's French name, the
    // French quotation, the source and tags labels, and the French site's teasers.
    expect(frenchParts.map((part) => part.tagName)).toEqual([
      'span',
      'span',
      'span',
      'time',
      'span',
      'time',
      'span',
      'a',
      'blockquote',
      'span',
      'span',
      'aside',
    ]);
  });
});

// ---------------------------------------------------------------------------
// Every combination of base level, nested sections, subheadings, quotes and
// related articles keeps one top heading and never skips a level.

type BodyNode =
  | { kind: 'paragraph' }
  | { kind: 'subheading'; text: string }
  | { kind: 'quote' }
  | { kind: 'related' }
  | { kind: 'section'; title: string; children: BodyNode[] };

const TITLES = ['Contexte', 'Umerov remercie les alliés', 'Les réactions', 'À Washington', 'Contexte'];
const title = fc.constantFrom(...TITLES);

const leaf: fc.Arbitrary<BodyNode> = fc.oneof(
  fc.constant({ kind: 'paragraph' as const }),
  title.map((text) => ({ kind: 'subheading' as const, text })),
  fc.constant({ kind: 'quote' as const }),
  fc.constant({ kind: 'related' as const }),
);

/** Body nodes whose sections nest at most `depth` deep: each section opens with its own subheading. */
function bodyNodes(depth: number): fc.Arbitrary<BodyNode[]> {
  const node: fc.Arbitrary<BodyNode> =
    depth === 0
      ? leaf
      : fc.oneof(
          { arbitrary: leaf, weight: 3 },
          {
            arbitrary: fc
              .tuple(title, bodyNodes(depth - 1))
              .map(([text, children]) => ({ kind: 'section' as const, title: text, children })),
            weight: 1,
          },
        );
  return fc.array(node, { maxLength: 4 });
}

function renderBody(nodes: BodyNode[]): React.ReactNode {
  return nodes.map((node, position) => {
    // The generated nodes never move: their position is their identity.
    const index = `${position}`;
    switch (node.kind) {
      case 'paragraph':
        return <p key={index}>Le Conseil OTAN-Ukraine s’est réuni à Bruxelles.</p>;
      case 'subheading':
        return <Subheading key={index}>{node.text}</Subheading>;
      case 'quote':
        return (
          <QuoteBlock
            key={index}
            text="Nous restons inébranlables."
            attribution={{ name: 'Jens Stoltenberg' }}
          />
        );
      case 'related':
        return <RelatedArticles key={index} teasers={teasers} />;
      case 'section':
        return (
          <Section key={index}>
            <Subheading>{node.title}</Subheading>
            {renderBody(node.children)}
          </Section>
        );
      default:
        return null;
    }
  });
}

const dataBlock: fc.Arbitrary<Block> = fc.oneof(
  fc.constant<Block>({ type: 'paragraph', text: 'Un paragraphe.' }),
  title.map((text): Block => ({ type: 'subheading', text })),
  fc.constant<Block>({ type: 'quote', text: 'Une citation.', attribution: { name: 'Kuleba' } }),
  fc.constant<Block>({ type: 'list', items: ['un', 'deux'] }),
);

/**
 * A section's headings sit one level below the list that holds it, so some
 * heading must come before it at that level: its parent's title, or an
 * earlier subheading or related block in the same list. A section that opens
 * a body before any subheading would skip a level by construction (an
 * authoring mistake no component can see); such bodies get a subheading first.
 */
function wellFormed(nodes: BodyNode[], headed: boolean): BodyNode[] {
  const result: BodyNode[] = [];
  let seen = headed;
  for (const node of nodes) {
    if (node.kind === 'section') {
      if (!seen) result.push({ kind: 'subheading', text: 'Intertitre' });
      result.push({ ...node, children: wellFormed(node.children, true) });
      seen = true;
    } else {
      if (node.kind === 'subheading' || node.kind === 'related') seen = true;
      result.push(node);
    }
  }
  return result;
}

describe('heading hierarchy in every combination', () => {
  it('composed bodies: one top heading at the base level, no level skipped, unique ids', () => {
    const combination = fc.integer({ min: 1, max: 4 }).chain((base) =>
      fc.record({
        base: fc.constant(base),
        // The deepest subheading is base + 1 + depth: keep it at h6 at most.
        body: bodyNodes(Math.max(0, 5 - base - 1)).map((nodes) => wellFormed(nodes, false)),
        related: fc.boolean(),
        hostH1: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(combination, ({ base, body, related, hostH1 }) => {
        const { html } = renderOnServer(
          <ArticleLayout article={otanKiev} headingLevel={base} related={related ? teasers : undefined}>
            {renderBody(body)}
          </ArticleLayout>,
        );
        const outline = outlineFromHtml(html);
        const problems = outlineProblems(outline, { topLevel: base });
        expect(problems, formatOutline(outline)).toEqual([]);
        expect(outline.filter((heading) => heading.level === base)).toHaveLength(1);
        const ids = outline.map((heading) => heading.id).filter(Boolean);
        expect(new Set(ids).size).toBe(ids.length);
        // A host page that owns the h1 and embeds the article at level 2 keeps one h1 in all.
        if (hostH1 && base === 2) {
          const page = outlineFromHtml(`<h1>Le Quotidien</h1>${html}`);
          expect(outlineProblems(page, { topLevel: 1 })).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
    expect(error).not.toHaveBeenCalled();
    // 150 whole-article renders: seconds on a busy machine, not milliseconds.
  }, 60_000);

  it('data bodies: the same rules for any sequence of blocks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(dataBlock, { maxLength: 10 }),
        fc.boolean(),
        (base, body, related) => {
          const { html } = renderOnServer(
            <ArticleLayout
              article={{ ...otanKiev, body }}
              headingLevel={base}
              related={related ? teasers : undefined}
            />,
          );
          const outline = outlineFromHtml(html);
          expect(outlineProblems(outline, { topLevel: base }), formatOutline(outline)).toEqual([]);
          const subheadings = body.filter((block) => block.type === 'subheading').length;
          expect(outline.filter((heading) => heading.level === base + 1)).toHaveLength(
            subheadings + (related ? 1 : 0),
          );
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('ArticleLayout with any data the types allow', () => {
  it('never throws, never renders an unsafe URL or markup from text, never leaves an empty heading', () => {
    fc.assert(
      fc.property(
        anyArticle,
        fc.array(anyTeaser, { maxLength: 3 }),
        fc.integer({ min: 1, max: 4 }),
        (article, related, base) => {
          const { html } = renderOnServer(
            <ArticleLayout article={article} related={related} headingLevel={base} />,
          );
          const all = elements(html);
          for (const element of all) {
            expect(['script', 'style', 'iframe', 'object', 'embed']).not.toContain(element.tagName);
            for (const { name, value } of element.attrs) {
              expect(name.startsWith('on'), `${element.tagName}[${name}]`).toBe(false);
              if (name === 'href' || name === 'src' || name === 'cite') {
                expect(isSafeUrl(value), `${element.tagName}[${name}=${JSON.stringify(value)}]`).toBe(true);
              }
            }
          }
          const outline = outlineFromHtml(html);
          for (const heading of outline) expect(showsNothing(heading.text), heading.text).toBe(false);
          const tops = outline.filter((heading) => heading.level === base);
          // Exactly one top heading, the headline's, or when the headline shows nothing the hidden one with the fallback title.
          expect(tops.length).toBe(1);
          expect(tops[0]?.text === 'Article').toBe(showsNothing(cleanText(article.headline)));
          expect(outlineProblems(outline, { topLevel: base })).toEqual([]);
          for (const img of all.filter((element) => element.tagName === 'img')) {
            expect(Number(attribute(img, 'width'))).toBeGreaterThan(0);
            expect(Number(attribute(img, 'height'))).toBeGreaterThan(0);
          }
          resetWarnings();
        },
      ),
      // Each run renders a whole article, often with 10,000-character words that typography scans slowly.
      { numRuns: 30 },
    );
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
  }, 120_000);
});
