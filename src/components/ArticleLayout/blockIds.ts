import { warnOnce } from '../../dev';
import type { Block } from '../../model';
import { cleanText, createSlugger, explicitId, isBlank } from '../../text';

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
    if (block?.type !== 'subheading') return;
    // Made usable first: an empty id is re-derived from the text, one with spaces slugified.
    const id = explicitId(block.id);
    if (id === undefined) return;
    if (explicit.has(id)) {
      if (process.env.NODE_ENV !== 'production') {
        warnOnce(`two subheadings have the id "${id}"; the second gets a unique slug of its text instead.`);
      }
      return;
    }
    explicit.add(id);
    slugger.reserve(id);
    ids.set(index, id);
  });
  blocks.forEach((block, index) => {
    if (block?.type !== 'subheading' || ids.has(index)) return;
    const text = cleanText(block.text);
    if (isBlank(text)) return;
    ids.set(index, slugger.slug(text));
  });
  return ids;
}
