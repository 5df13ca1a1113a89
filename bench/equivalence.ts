import { parse } from 'parse5';

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

// useId values depend on the shape of the component tree, which differs by design.
const GENERATED_ID = /«[^»]*»|_r_[0-9a-z]+_|:r[0-9a-z]+:/gi;

function describe(node: Node, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  if (node.nodeName === '#text') {
    if (node.value) lines.push(`${indent}${JSON.stringify(node.value)}`);
    return;
  }
  if (node.nodeName === '#comment' || node.nodeName === '#documentType') return;
  const children = node.content?.childNodes ?? node.childNodes ?? [];
  if (!node.tagName) {
    for (const child of children) describe(child, depth, lines);
    return;
  }
  // The stylesheet differs in form (styled-components' <style data-styled> and a plain <style>), not in weight.
  if (node.tagName === 'style') return;
  const attributes = (node.attrs ?? [])
    .map(({ name, value }) =>
      name === 'class' ? 'class' : `${name}=${JSON.stringify(value.replace(GENERATED_ID, '<id>'))}`,
    )
    .sort();
  lines.push(`${indent}<${node.tagName}${attributes.length > 0 ? ` ${attributes.join(' ')}` : ''}>`);
  for (const child of children) describe(child, depth + 1, lines);
}

/** The document as lines (elements with sorted attributes, text), with class names and generated ids blanked. */
export function outline(html: string): string[] {
  const lines: string[] = [];
  describe(parse(html) as unknown as Node, 0, lines);
  return lines;
}

/**
 * Where two documents differ once class names, generated ids and the form of
 * the stylesheet are set aside, from the first difference on: an empty list
 * means the baseline renders the library's markup.
 */
export function markupDifferences(library: string, baseline: string, limit = 6): string[] {
  const a = outline(library);
  const b = outline(baseline);
  const differences: string[] = [];
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length && differences.length < limit; index++) {
    if (a[index] !== b[index]) {
      differences.push(
        `line ${index + 1}: library ${a[index]?.trim() ?? '(end)'} | baseline ${b[index]?.trim() ?? '(end)'}`,
      );
    }
  }
  return differences;
}
