import { isBlank } from '../text';

/**
 * A copy of a JSON-LD value without the properties that would be empty or
 * broken once serialised: `undefined`, `null`, blank strings, non-finite
 * numbers, empty arrays, and objects left with nothing but keywords such as
 * `@type` or `@context` (an `ImageObject` with no URL says nothing). An object
 * holding only an `@id` is kept: it is a reference to a node of the graph.
 *
 * Returns `undefined` when nothing is left of the value itself.
 */
export function pruneEmpty<T>(value: T): T | undefined {
  return prune(value) as T | undefined;
}

// Keys that describe a node without saying anything about it.
const SAYS_NOTHING_ALONE = new Set(['@type', '@context']);

function prune(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return isBlank(value) ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, prune(item)] as const)
      .filter(([, item]) => item !== undefined);
    const meaningful = entries.some(([key]) => !SAYS_NOTHING_ALONE.has(key));
    return meaningful ? Object.fromEntries(entries) : undefined;
  }
  // Functions, symbols and bigints have no JSON form.
  return undefined;
}
