import { parseIsoDateTime } from './formatFrenchDate';

// What HTML accepts in <time datetime> for a day or an instant: a date, or a global
// date-time with an uppercase T and Z and at most milliseconds.
const HTML_DATE_OR_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The value of a `<time datetime>` attribute for an ISO 8601 string: the string
 * as written when HTML accepts it (so the offset the newsroom gave is kept), the
 * instant in UTC when it is a valid date-time that HTML would refuse ("t",
 * "z", a comma), `undefined` when it is neither.
 */
export function htmlDateTime(iso: string): string | undefined {
  const given = iso.trim();
  if (HTML_DATE_OR_DATE_TIME.test(given)) return given;
  return parseIsoDateTime(given)?.toISOString();
}
