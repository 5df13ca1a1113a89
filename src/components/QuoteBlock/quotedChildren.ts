import * as React from 'react';
import { warnOnce } from '../../dev';
import { loneClosingMark, loneOpeningMark, wrappingPair } from './quotationMarks';

/**
 * Composed quotations (`<QuoteBlock><p>« … »</p></QuoteBlock>`) read as the
 * data does: when the author's own marks wrap the whole quotation, they are
 * taken off the element tree so that the component draws its styled ones
 * instead. Pure work on the elements given, before rendering: no state, no
 * DOM, nothing but `createElement`/`cloneElement` (and a development warning),
 * so it runs the same in a Server Component and in the browser.
 *
 * The tree is read through text, arrays, fragments and HTML elements. A
 * component element (`<Lien />`, a client component) renders what this code
 * cannot see: at either end of the quotation it stops the search, and the
 * children are left as written.
 */

/** Stands for what a component element renders: it is no mark and no space. */
const OPAQUE = '\uFFFC';

// Phrasing elements: a mark found inside one (`<em>« … »</em>`) is drawn
// outside it, in the paragraph, so the styled mark never takes the emphasis,
// the link or the code of the words it opens.
const PHRASING =
  ' a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var ';

type Element = React.ReactElement<{ children?: React.ReactNode }>;

const isHostOrFragment = (node: unknown): node is Element =>
  React.isValidElement(node) && (typeof node.type === 'string' || node.type === React.Fragment);

/** Text and numbers as the page shows them; `undefined` for anything else. */
const textNode = (node: unknown) =>
  typeof node === 'string' || typeof node === 'number' ? String(node) : undefined;

/** The text the tree shows, a component element counting as one opaque character. */
function textOf(node: React.ReactNode): string {
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isHostOrFragment(node)) return textOf(node.props.children);
  return textNode(node) ?? (node === null || node === undefined || typeof node === 'boolean' ? '' : OPAQUE);
}

type Side = 'start' | 'end';

/**
 * Takes one mark and the spaces around it off one end of the tree, and puts
 * `markElement` where the mark was, lifted out of phrasing elements. The
 * caller has checked, on the tree's text, that this end is that mark.
 */
function replaceEdgeMark(
  node: React.ReactNode,
  side: Side,
  mark: string,
  markElement: React.ReactElement,
): React.ReactNode[] {
  const start = side === 'start';
  // The spaces around a mark: ordinary, no-break, narrow no-break (all White_Space).
  const trim = (text: string) => (start ? text.trimStart() : text.trimEnd());
  // 'mark': spaces, then the mark, are still to be taken off; 'space': the
  // spaces after it; 'done': the words are reached.
  let phase: 'mark' | 'space' | 'done' = 'mark';
  // The mark came out of a phrasing element and waits for a place outside it.
  let pending = false;

  const place = (nodes: React.ReactNode[], canPlace: boolean): React.ReactNode[] => {
    if (!pending || !canPlace) return nodes;
    pending = false;
    return start ? [markElement, ...nodes] : [...nodes, markElement];
  };

  const visit = (child: React.ReactNode, canPlace: boolean): React.ReactNode[] => {
    if (phase === 'done') return [child];
    const text = textNode(child);
    if (text !== undefined) {
      let rest = trim(text);
      if (phase === 'mark' && rest !== '') {
        rest = trim(start ? rest.slice(mark.length) : rest.slice(0, -mark.length));
        phase = 'space';
        pending = true;
      }
      if (rest !== '') phase = 'done';
      return place(rest === '' ? [] : [rest], canPlace);
    }
    if (Array.isArray(child)) {
      // From the edge inwards, the other nodes kept as they are, in their order.
      const out: React.ReactNode[] = [];
      for (const item of start ? child : [...child].reverse()) {
        const nodes = visit(item, canPlace);
        if (start) out.push(...nodes);
        else out.unshift(...nodes);
      }
      return out;
    }
    if (isHostOrFragment(child)) {
      // Text inside a phrasing element waits to be placed outside it; a
      // paragraph or a fragment places it at its own edge.
      const inside =
        child.type === React.Fragment ? canPlace : !PHRASING.includes(` ${child.type as string} `);
      const { children } = child.props;
      const kids = visit(children, inside);
      // No change inside: the element as it was. A list emptied of its last
      // mark still replaces the old children.
      const same = kids.length === 1 && kids[0] === children;
      return place(
        [same ? child : React.cloneElement(child, undefined, ...(kids.length ? kids : [null]))],
        canPlace,
      );
    }
    // Null and booleans show nothing; a component element shows something
    // this code cannot read, which ends the spaces after the mark.
    if (child !== null && child !== undefined && typeof child !== 'boolean') phase = 'done';
    return [child];
  };

  return visit(node, true);
}

/**
 * Composed children with the marks that wrap them replaced by `open` and
 * `close` elements (the styled marks); `undefined` when the children stay as
 * written. One pair is taken off, as for text: a quotation inside the
 * quotation keeps its marks. A mark at only one end, or marks of two
 * different pairs (`« … ”`), leave the children alone, with a development
 * warning.
 */
export function unquoteChildren(
  children: React.ReactNode,
  open: React.ReactElement,
  close: React.ReactElement,
): React.ReactNode {
  const text = textOf(children);
  const pair = wrappingPair(text);
  // Marks around nothing stay as written: there is no quotation to set off.
  if (pair === undefined || !text.trim().slice(pair[0].length, -pair[1].length).trim()) {
    const lone = loneOpeningMark(text) ?? loneClosingMark(text);
    if (process.env.NODE_ENV !== 'production' && lone !== undefined) {
      warnOnce(
        `a QuoteBlock's children have a ${lone} at one end that nothing matches at the other; they are shown as written, without the styled marks.`,
      );
    }
    return undefined;
  }
  const opened = replaceEdgeMark(children, 'start', pair[0], open);
  return React.createElement(React.Fragment, null, ...replaceEdgeMark(opened, 'end', pair[1], close));
}
