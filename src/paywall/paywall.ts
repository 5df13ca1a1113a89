import { warnOnce } from '../dev';
import type { Article } from '../model';

/** The class of the element that holds the subscriber-only part of an article, unless the host names another. */
export const DEFAULT_PAYWALL_CLASS = 'manchette-paywall';

// One class name that a `.name` selector reaches without escaping: Google reads `cssSelector` as a class selector only.
const CLASS_NAME = /^-?[_a-zA-Z][_a-zA-Z0-9-]*$/;

/** The class name given when it is usable as a `.class` selector, else the default (with a development warning). */
export function paywallClassName(value: unknown): string {
  if (value === undefined) return DEFAULT_PAYWALL_CLASS;
  if (typeof value === 'string' && CLASS_NAME.test(value)) return value;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      `paywallClassName ${JSON.stringify(value)} is not one CSS class name (letters, digits, - and _); "${DEFAULT_PAYWALL_CLASS}" is used.`,
    );
  }
  return DEFAULT_PAYWALL_CLASS;
}

/**
 * Where the subscriber-only part of an article starts: the index in `body` of
 * its first `{ type: 'paywall' }` block, when the article is marked
 * `isAccessibleForFree: false`; undefined otherwise. A marker in a free
 * article, and every marker after the first, is ignored with a development
 * warning. The page, the JSON-LD and the audit all read the marker here.
 */
export function paywallStart(article: Article): number | undefined {
  const body =
    article !== null && typeof article === 'object' && Array.isArray(article.body) ? article.body : [];
  let start: number | undefined;
  body.forEach((block, index) => {
    if (block === null || typeof block !== 'object' || block.type !== 'paywall') return;
    if (start === undefined) start = index;
    else if (process.env.NODE_ENV !== 'production') {
      warnOnce(`body block ${index} is a second paywall marker; only the first (block ${start}) counts.`);
    }
  });
  if (start === undefined || article.isAccessibleForFree === false) return start;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      `body block ${start} marks a subscriber-only part, but the article is free (isAccessibleForFree is not false): the marker is ignored.`,
    );
  }
  return undefined;
}
