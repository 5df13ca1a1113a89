import { showsNothing } from '../support/arbitraries';
/** Every [path, value] pair of a JSON value, depth first. */
export function* walk(value: unknown, path = '$'): Generator<[string, unknown]> {
  yield [path, value];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walk(item, `${path}[${index}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* walk(item, `${path}.${key}`);
  }
}

/** Paths of the values that must never be emitted: empty strings, null, undefined, empty arrays or objects. */
export function emptyPaths(value: unknown): string[] {
  return [...walk(value)]
    .filter(
      ([, item]) =>
        item === undefined ||
        item === null ||
        (typeof item === 'string' && showsNothing(item)) ||
        (typeof item === 'number' && !Number.isFinite(item)) ||
        (Array.isArray(item) && item.length === 0) ||
        (item !== null && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length === 0),
    )
    .map(([path]) => path);
}

// Properties whose values are URLs in the graph this library writes.
const URL_KEYS = new Set(['url', 'item', '@id', 'contentUrl', 'sameAs']);

/** Every URL-valued property that is not an absolute http(s) URL. */
export function nonAbsoluteUrls(value: unknown): string[] {
  return [...walk(value)]
    .filter(([path, item]) => {
      const key =
        path
          .replace(/\[\d+\]$/, '')
          .split('.')
          .pop() ?? '';
      if (!URL_KEYS.has(key)) return false;
      if (typeof item !== 'string') return true;
      try {
        const url = new URL(item);
        return url.protocol !== 'https:' && url.protocol !== 'http:';
      } catch {
        return true;
      }
    })
    .map(([path, item]) => `${path} = ${JSON.stringify(item)}`);
}
