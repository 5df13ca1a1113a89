import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';

/**
 * The document outline (the headings, in document order) and the rules a
 * news page must keep: one top heading, and no level skipped on the way down.
 * Works on markup (server rendering, no DOM) and on DOM nodes (jsdom or a
 * browser), so that every test of the suite can check the same rule; the
 * Storybook editorial checks read a rendered page's outline with it too
 * (`reviewPageOutline`), which is why it holds nothing Node-only.
 */

export interface OutlineHeading {
  level: number;
  /** The heading's text, whitespace collapsed. */
  text: string;
  /** The heading's `id`, when it has a non-empty one. */
  id?: string;
}

const HEADING_TAG = /^h([1-6])$/;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The level of an element as assistive technologies read it: `role="heading"`
 * wins over the tag, with its `aria-level` or 2 (the ARIA default) when that
 * is missing or not a positive integer; else the level of an `h1`–`h6` tag.
 * Not a heading gives `undefined`.
 */
function headingLevel(
  tagName: string,
  attribute: (name: string) => string | null | undefined,
): number | undefined {
  if (attribute('role') === 'heading') {
    const level = Number(attribute('aria-level'));
    return Number.isInteger(level) && level >= 1 ? level : 2;
  }
  const match = HEADING_TAG.exec(tagName.toLowerCase());
  return match ? Number(match[1]) : undefined;
}

function heading(level: number, text: string, id: string | null | undefined): OutlineHeading {
  return { level, text: collapse(text), ...(id ? { id } : {}) };
}

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Element = DefaultTreeAdapterTypes.Element;

const isP5Element = (node: P5Node): node is P5Element => 'tagName' in node;
const p5Attribute = (element: P5Element, name: string) =>
  element.attrs.find((attribute) => attribute.name === name)?.value;

function p5Text(node: P5Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if ('childNodes' in node) return node.childNodes.map(p5Text).join('');
  return '';
}

/**
 * The heading a parse5 element is, or `undefined` when it is not one, for
 * walks of a parsed document that read more than its headings
 * (tests/support/markup-audit.ts).
 */
export function headingOfParse5Element(element: P5Element): OutlineHeading | undefined {
  const level = headingLevel(element.tagName, (name) => p5Attribute(element, name));
  return level === undefined ? undefined : heading(level, p5Text(element), p5Attribute(element, 'id'));
}

/**
 * The headings of an HTML fragment (for instance `renderToString` output), in
 * document order. A heading's descendants are part of its text, not headings
 * of their own.
 */
export function outlineFromHtml(html: string): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  const walk = (node: P5Node) => {
    if (isP5Element(node)) {
      const found = headingOfParse5Element(node);
      if (found) {
        headings.push(found);
        return;
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parseFragment(html));
  return headings;
}

export interface OutlineReadOptions {
  /**
   * Leave out the headings inside `hidden` or `aria-hidden="true"`, which
   * assistive technologies do not announce.
   * @default false
   */
  skipHidden?: boolean;
}

const isHidden = (element: Element) => element.closest('[hidden], [aria-hidden="true"]') !== null;

/** The headings inside a DOM node (jsdom or a real browser), in document order. */
export function outlineFromElement(root: ParentNode, options: OutlineReadOptions = {}): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  for (const element of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'))) {
    if (options.skipHidden && isHidden(element)) continue;
    const level = headingLevel(element.tagName, (name) => element.getAttribute(name));
    if (level !== undefined) headings.push(heading(level, element.textContent ?? '', element.id));
  }
  return headings;
}

export interface OutlineRules {
  /** The level the top heading must have (1 on a page, 2 for an article embedded under the host's h1). */
  topLevel?: number;
}

/**
 * What is wrong with an outline, in words (an empty list when nothing is):
 * the first heading is the only one at the top level, no heading goes above
 * it, and each heading is at most one level below the one before it.
 */
export function outlineProblems(outline: readonly OutlineHeading[], rules: OutlineRules = {}): string[] {
  const [first] = outline;
  if (!first) return ['there is no heading at all'];
  const problems: string[] = [];
  if (rules.topLevel !== undefined && first.level !== rules.topLevel) {
    problems.push(`the top heading "${first.text}" is h${first.level}, not h${rules.topLevel}`);
  }
  outline.forEach((heading, index) => {
    if (index === 0) return;
    const previous = outline[index - 1] as OutlineHeading;
    if (heading.level <= first.level) {
      problems.push(
        `"${heading.text}" (h${heading.level}) is at or above the top heading "${first.text}" (h${first.level})`,
      );
    }
    if (heading.level > previous.level + 1) {
      problems.push(
        `"${heading.text}" (h${heading.level}) skips a level after "${previous.text}" (h${previous.level})`,
      );
    }
  });
  return problems;
}

/** The outline as indented lines ("h1 Titre", "  h2 Intertitre"), for readable failure messages. */
export function formatOutline(outline: readonly OutlineHeading[]): string {
  return outline
    .map((heading) => `${'  '.repeat(Math.max(0, heading.level - 1))}h${heading.level} ${heading.text}`)
    .join('\n');
}

export interface PageOutlineEntry extends OutlineHeading {
  /** What is wrong with this heading's place in the outline, in French. */
  problem?: string;
}

/** A page's outline as an editor reviews it: each heading with its problem, if any. */
export interface PageOutline {
  entries: PageOutlineEntry[];
  /** Problems of the outline as a whole (no heading, no `h1`), in French. */
  problems: string[];
}

/**
 * The outline of a whole article page as the Storybook editorial checks show
 * it to editors, in French: an empty heading, a second `h1`, an outline that
 * does not start with the `h1`, a level skipped on the way down (going back up
 * any number of levels is fine), and a page with no heading or no `h1`. Read
 * the page with `outlineFromElement(page, { skipHidden: true })`, as assistive
 * technologies read it.
 */
export function reviewPageOutline(headings: readonly OutlineHeading[]): PageOutline {
  const entries: PageOutlineEntry[] = [];
  let previous: number | undefined;
  let topLevels = 0;
  for (const { level, text, id } of headings) {
    if (level === 1) topLevels += 1;
    let problem: string | undefined;
    if (text === '') problem = 'Titre vide : il est annoncé sans texte.';
    else if (level === 1 && topLevels > 1) problem = 'Deuxième h1 : une page d’article n’en a qu’un.';
    else if (previous === undefined && level !== 1)
      problem = `Le plan commence par un h${level} : le titre de l’article devrait être le h1.`;
    else if (previous !== undefined && level > previous + 1)
      problem = `Niveau sauté : h${previous} puis h${level} (h${previous + 1} attendu).`;
    entries.push({ level, text, ...(id ? { id } : {}), ...(problem ? { problem } : {}) });
    previous = level;
  }
  const problems: string[] = [];
  if (entries.length === 0) problems.push('Aucun titre dans la page.');
  else if (!entries.some((entry) => entry.level === 1)) problems.push('Aucun h1 dans la page.');
  return { entries, problems };
}
