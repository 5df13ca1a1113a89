import type { Block, Inline, RichText } from '../model';
import { MAX_MARK_DEPTH } from '../model/marks';

// `depth` counts the marks around the node. A mark inside MAX_MARK_DEPTH
// others is left out with what it holds, as the page leaves it out; this also
// stops cyclic data.
function inlineToPlainText(node: Inline | undefined | null, depth: number): string {
  if (typeof node === 'string') return node;
  if (!node || typeof node !== 'object' || depth >= MAX_MARK_DEPTH || !Array.isArray(node.children))
    return '';
  return node.children.map((child) => inlineToPlainText(child, depth + 1)).join('');
}

/**
 * The text of rich text with its inline marks (emphasis, links, foreign
 * phrases) flattened away: what a reader sees, without markup.
 *
 * @example
 * richTextToPlainText(['Il a dit ', { type: 'emphasis', children: ['non'] }]); // 'Il a dit non'
 */
export function richTextToPlainText(text: RichText): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text.map((node) => inlineToPlainText(node, 0)).join('');
}

/**
 * The running text of one body block: paragraphs, subheadings, quotations and
 * list items (one per line). An image block gives nothing: a caption
 * describes the picture and is not part of the article's text.
 */
export function blockToPlainText(block: Block): string {
  if (!block || typeof block !== 'object') return '';
  switch (block.type) {
    case 'paragraph':
      return richTextToPlainText(block.text);
    case 'subheading':
    case 'quote':
      return typeof block.text === 'string' ? block.text : '';
    case 'list':
      return Array.isArray(block.items) ? block.items.map(richTextToPlainText).join('\n') : '';
    default:
      return '';
  }
}
