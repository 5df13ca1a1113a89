// Well-formed BCP 47 shape (language, then subtags of 1 to 8 letters or digits);
// enough to keep a stray sentence or markup out of a `lang` attribute.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** Whether a value can be put in a `lang` attribute. */
export function isLanguageTag(value: unknown): value is string {
  return typeof value === 'string' && LANGUAGE_TAG.test(value);
}

const OPEN_GRAPH_LOCALE = /^[a-z]{2,3}_[A-Z]{2}$/;

/** Whether a value is an Open Graph locale: language and territory joined by `_` (`fr_FR`). */
export function isOpenGraphLocale(value: unknown): value is string {
  return typeof value === 'string' && OPEN_GRAPH_LOCALE.test(value);
}
