import { warnOnce } from '../../dev';
import type { Block } from '../../model';
import { createSlugger } from '../../text';

// An id must hold at least one character and no whitespace (HTML); anything else is re-derived.
const USABLE_ID = /^\S+$/;

/**
 * The ids of the body's subheadings, by block index: the ids the data gives
 * are kept and reserved first, so that a slug derived from an earlier text
 * never takes an id that a later subheading asked for; the others are unique
 * slugs of their text (« Les réactions », « Les réactions » → `les-reactions`,
 * `les-reactions-2`). Pure: the server and the client compute the same ids.
 */
export function subheadingIds(blocks: readonly Block[]): Map<number, string> {
  const slugger = createSlugger();
  const ids = new Map<number, string>();
  const explicit = new Set<string>();
  blocks.forEach((block, index) => {
    if (block?.type !== 'subheading' || typeof block.id !== 'string') return;
    if (!USABLE_ID.test(block.id)) {
      warnOnce(
        `the subheading id "${block.id}" is empty or holds spaces: an id is made from its text instead.`,
      );
      return;
    }
    if (explicit.has(block.id)) {
      warnOnce(
        `two subheadings have the id "${block.id}"; the second gets a unique slug of its text instead.`,
      );
      return;
    }
    explicit.add(block.id);
    slugger.reserve(block.id);
    ids.set(index, block.id);
  });
  blocks.forEach((block, index) => {
    if (block?.type !== 'subheading' || ids.has(index)) return;
    const text = typeof block.text === 'string' ? block.text : '';
    if (text.trim() === '') return;
    ids.set(index, slugger.slug(text));
  });
  return ids;
}
