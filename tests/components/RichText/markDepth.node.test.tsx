import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { ArticleLayout } from '../../../src/components/ArticleLayout';
import { resetWarnings } from '../../../src/dev';
import { type Article, MAX_MARK_DEPTH } from '../../../src/model';
import { markPath, nestedMarks } from '../../support/marks';
import { renderOnServer } from '../../support/server';
import { otanKiev } from '../ArticleLayout/article';

type Node = DefaultTreeAdapterTypes.Node;

const MARK_TAGS = new Set(['em', 'strong', 'a', 'span']);

/** How many mark elements enclose the text `fond`, and whether it is on the page. */
function marksAroundText(html: string): number | undefined {
  let found: number | undefined;
  const walk = (node: Node, marks: number) => {
    if (node.nodeName === '#text' && 'value' in node && node.value.includes('fond')) found = marks;
    const inner = 'tagName' in node && MARK_TAGS.has(node.tagName) ? marks + 1 : marks;
    if ('childNodes' in node) for (const child of node.childNodes) walk(child, inner);
  };
  for (const node of parseFragment(html).childNodes) walk(node, 0);
  return found;
}

const article = (marks: number): Article => ({
  ...otanKiev,
  body: [
    otanKiev.body[0] as Article['body'][number],
    { type: 'paragraph', text: ['Avant ', nestedMarks(marks), ' après.'] },
  ],
});

describe('the renderer follows the one limit of nested marks', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    resetWarnings();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    warn.mockRestore();
    resetWarnings();
  });

  it('renders every mark down to the limit, silently', () => {
    for (const marks of [MAX_MARK_DEPTH - 1, MAX_MARK_DEPTH]) {
      const { html } = renderOnServer(<ArticleLayout article={article(marks)} />);
      expect(marksAroundText(html), `${marks} marks`).toBe(marks);
      expect(html).toContain('après.');
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves out a mark inside the limit of others with its text, and warns once with its path', () => {
    const { html } = renderOnServer(<ArticleLayout article={article(MAX_MARK_DEPTH + 1)} />);
    expect(marksAroundText(html)).toBeUndefined();
    expect(html).toContain('Avant');
    expect(html).toContain('après.');
    renderOnServer(<ArticleLayout article={article(MAX_MARK_DEPTH + 1)} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe(
      `[manchette] ${markPath('body.1.text.1', MAX_MARK_DEPTH + 1)} is a mark nested inside ${MAX_MARK_DEPTH} others: at most ${MAX_MARK_DEPTH} marks may enclose a text, and what this one holds is left out.`,
    );
  });

  it('is quiet in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      renderOnServer(<ArticleLayout article={article(MAX_MARK_DEPTH + 1)} />);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(warn).not.toHaveBeenCalled();
  });
});
