import { isIsoDateOrDateTime, parseIsoDateTime } from '../dates';
import { warnOnce } from '../dev';
import type { Correction } from '../model';
import { nonBlankText } from '../text';

/** A correction the page, the JSON-LD and the audit can use: a valid date and a text to show. */
export interface ReadCorrection {
  /** The date as given, trimmed: an ISO 8601 date-time with offset, or a calendar date. */
  date: string;
  /** The calendar day the correction is dated, as written ("2024-04-04"). */
  day: string;
  /** The instant, or undefined for a calendar date alone. */
  instant: Date | undefined;
  /** The text, cleaned of what HTML forbids; not typeset. */
  text: string;
}

/** Why a correction cannot be shown, or undefined when it can. */
export type CorrectionProblem = 'not-an-object' | 'date-invalid' | 'text-missing';

/**
 * One correction checked: its date is an ISO 8601 date-time with an offset
 * ("2024-04-04T18:00:00+02:00") or a calendar date ("2024-04-04"), and its
 * text is not blank.
 */
export function readCorrection(
  value: unknown,
):
  | { correction: ReadCorrection; problem?: undefined }
  | { correction?: undefined; problem: CorrectionProblem } {
  if (value === null || typeof value !== 'object') return { problem: 'not-an-object' };
  const { date, text } = value as Partial<Correction>;
  const given = typeof date === 'string' ? date.trim() : '';
  if (!isIsoDateOrDateTime(given)) return { problem: 'date-invalid' };
  const instant = parseIsoDateTime(given);
  const shown = nonBlankText(text);
  if (shown === undefined) return { problem: 'text-missing' };
  return { correction: { date: given, day: given.slice(0, 10), instant, text: shown } };
}

/**
 * The corrections of an article that can be shown, in the order given: one
 * without a valid date or without text is left out (with a development
 * warning), as it would tell the reader nothing they can place. The page, the
 * JSON-LD and the audit all read corrections through this.
 */
export function readCorrections(corrections: unknown): ReadCorrection[] {
  if (corrections === undefined || corrections === null) return [];
  if (!Array.isArray(corrections)) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce('article.corrections is not a list; no correction is shown.');
    }
    return [];
  }
  const read: ReadCorrection[] = [];
  corrections.forEach((value, index) => {
    const result = readCorrection(value);
    if (result.correction) read.push(result.correction);
    else if (process.env.NODE_ENV !== 'production') {
      const why =
        result.problem === 'text-missing'
          ? 'has no text'
          : result.problem === 'date-invalid'
            ? 'has no ISO 8601 date ("2024-04-04" or "2024-04-04T18:00:00+02:00")'
            : 'is not an object';
      warnOnce(`article.corrections.${index} ${why}; it is left out.`);
    }
  });
  return read;
}

/**
 * Whether a correction is dated before the article's publication: before its
 * instant for a date-time, before the day the publication date is written in
 * for a calendar date.
 */
export function isBeforePublication(correction: ReadCorrection, published: string): boolean {
  const publishedAt = parseIsoDateTime(published);
  if (publishedAt === undefined) return false;
  if (correction.instant) return correction.instant.getTime() < publishedAt.getTime();
  return correction.day < published.trim().slice(0, 10);
}
