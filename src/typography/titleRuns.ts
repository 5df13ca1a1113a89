/**
 * A title cut into the runs a browser may break and the short hyphenated
 * compounds it must not: "Sud-Est", "porte-parole", "Jean-Marc". Browsers
 * break a line after a hyphen, which leaves "Sud-" at a line's end in a
 * balanced headline. The characters stay as they are (a plain hyphen, which
 * copy, search and screen readers know); the compound is set apart so that
 * the page can keep it on one line. Pure: the same text gives the same runs.
 */
export type TitleRun = string | { nobreak: string };

/**
 * A compound of parts of at most six letters, standing alone: no letter, digit
 * or hyphen touches it, so "OTAN-Ukraine", "Saint-Germain-des-Prés", "F-16"
 * and "2023-2024" may break as before, while punctuation and an elided article
 * ("l’Île-de-France") stay outside it. Each part ends at a hyphen, so the
 * pattern never backtracks over more than a part.
 */
const SHORT_COMPOUND = /(?<![\p{L}\p{M}\p{N}-])(\p{L}{1,6}(?:-\p{L}{1,6})+)(?![\p{L}\p{M}\p{N}-])/u;

/** The runs of a title: plain text, and each short hyphenated compound as `{ nobreak }`. */
export function titleRuns(text: string): TitleRun[] {
  // Split with a capturing group: the compounds are at the odd indices.
  return text
    .split(SHORT_COMPOUND)
    .flatMap<TitleRun>((run, index) => (index % 2 ? [{ nobreak: run }] : run ? [run] : []));
}
