import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';

/**
 * The document outline (the headings, in document order) and the rules a
 * news page must keep: one top heading, and no level skipped on the way down.
 * Works on markup (server rendering, no DOM) and on DOM nodes (jsdom or a
 * browser), so that every test of the suite can check the same rule.
 */

export interface OutlineHeading {
  level: number;
  /** The heading's text, whitespace collapsed. */
  text: string;
  id?: string;
}

const HEADING_TAG = /^h([1-6])$/;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function ariaLevel(value: string | null | undefined): number | undefined {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 ? level : undefined;
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

function p5Level(element: P5Element): number | undefined {
  if (p5Attribute(element, 'role') === 'heading') return ariaLevel(p5Attribute(element, 'aria-level')) ?? 2;
  const match = HEADING_TAG.exec(element.tagName);
  return match ? Number(match[1]) : undefined;
}

/** The headings of an HTML fragment (for instance `renderToString` output), in document order. */
export function outlineFromHtml(html: string): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  const walk = (node: P5Node) => {
    if (isP5Element(node)) {
      const level = p5Level(node);
      if (level !== undefined) {
        headings.push({ level, text: collapse(p5Text(node)), id: p5Attribute(node, 'id') });
        return;
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parseFragment(html));
  return headings;
}

/** The headings inside a DOM node (jsdom or a real browser), in document order. */
export function outlineFromElement(root: ParentNode): OutlineHeading[] {
  const elements = root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]');
  return Array.from(elements, (element) => {
    const tag = HEADING_TAG.exec(element.tagName.toLowerCase());
    const level =
      element.getAttribute('role') === 'heading'
        ? (ariaLevel(element.getAttribute('aria-level')) ?? 2)
        : Number(tag?.[1]);
    return { level, text: collapse(element.textContent ?? ''), id: element.id || undefined };
  });
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
