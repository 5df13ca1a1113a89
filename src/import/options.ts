import {
  DEFAULT_TIME_ZONE,
  isCalendarDate,
  isIsoDateOrDateTime,
  isIsoDateTimeWithOffset,
  isValidTimeZone,
} from '../dates';
import { warnOnce } from '../dev';
import { isLanguageTag } from '../text';
import { resolveUrl, urlAsParsed } from '../url';
import type { DiagnosticLog } from './diagnostics';
import type { DateLineDates } from './frenchDates';
import type { ParseArticleTextOptions } from './parseArticleText';

export function checkUrl(options: ParseArticleTextOptions, log: DiagnosticLog): string {
  if (options.url === undefined) {
    log.add('url-missing', 'error', 'No URL was given (options.url): the article has no canonical URL.');
    return '';
  }
  const url = typeof options.url === 'string' ? urlAsParsed(options.url) : '';
  if (url === '' || resolveUrl(url, undefined) === undefined) {
    log.add('url-invalid', 'error', `The URL ${JSON.stringify(options.url)} is not an absolute http(s) URL.`);
    return '';
  }
  return url;
}

export function checkDates(options: ParseArticleTextOptions, found: DateLineDates, log: DiagnosticLog) {
  let datePublished = '';
  if (options.datePublished !== undefined) {
    if (isIsoDateOrDateTime(options.datePublished)) datePublished = options.datePublished.trim();
    else {
      log.add(
        'date-invalid',
        'error',
        `datePublished ${JSON.stringify(options.datePublished)} is not an ISO 8601 date-time with an offset ("2024-06-12T14:30:00+02:00") nor a calendar date ("2024-06-12").`,
      );
    }
  } else if (found.published) {
    datePublished = found.published;
    log.add('date-from-text', 'info', `datePublished ${found.published} was read from the text.`);
  } else if (found.modified) {
    // "Mis à jour le …" alone: the page was published then at the latest; an editor should check.
    datePublished = found.modified;
    log.add(
      'date-published-from-update',
      'warning',
      `The text prints only an update date; ${found.modified} is taken as datePublished.`,
    );
  }
  if (options.datePublished === undefined && isCalendarDate(datePublished)) {
    log.add(
      'date-day-only',
      'info',
      `datePublished ${datePublished} gives the day only: the text prints no time, so the article is dated by its day.`,
    );
  }
  if (datePublished === '' && options.datePublished === undefined) {
    log.add(
      'date-published-missing',
      'error',
      'No publication date was given (options.datePublished) or found in the text.',
    );
  }

  let dateModified: string | undefined;
  if (options.dateModified !== undefined) {
    if (isIsoDateOrDateTime(options.dateModified)) dateModified = options.dateModified.trim();
    else {
      log.add(
        'date-invalid',
        'warning',
        `dateModified ${JSON.stringify(options.dateModified)} is not an ISO 8601 date-time with an offset nor a calendar date; it is left out.`,
      );
    }
  } else if (found.modified) {
    dateModified = found.modified;
    log.add('date-from-text', 'info', `dateModified ${found.modified} was read from the text.`);
  }
  return { datePublished, dateModified };
}

export const DEFAULT_LANGUAGE = 'fr-FR';

// Quoted when a string; otherwise only its type, which JSON.stringify cannot throw on (a BigInt).
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : typeof value);

export function validTimeZone(timeZone: unknown): string {
  if (timeZone === undefined) return DEFAULT_TIME_ZONE;
  if (typeof timeZone === 'string' && isValidTimeZone(timeZone)) return timeZone;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      `parseArticleText: options.timeZone ${shown(timeZone)} is not an IANA time zone; "${DEFAULT_TIME_ZONE}" is used.`,
    );
  }
  return DEFAULT_TIME_ZONE;
}

/** The language tag given, trimmed; undefined when none is given or it is no tag (the article is then French). */
export function validLanguage(language: unknown): string | undefined {
  if (language === undefined) return undefined;
  const tag = typeof language === 'string' ? language.trim() : '';
  if (isLanguageTag(tag)) return tag;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      `parseArticleText: options.language ${shown(language)} is not a language tag; "${DEFAULT_LANGUAGE}" is used.`,
    );
  }
  return undefined;
}

/** The instant of `referenceDate`, in milliseconds; undefined (with a warning diagnostic) when it is no ISO 8601 date-time with an offset. */
export function validReferenceDate(referenceDate: unknown, log: DiagnosticLog): number | undefined {
  if (referenceDate === undefined) return undefined;
  if (typeof referenceDate === 'string' && isIsoDateTimeWithOffset(referenceDate))
    return Date.parse(referenceDate);
  log.add(
    'date-invalid',
    'warning',
    `referenceDate ${shown(referenceDate)} is not an ISO 8601 date-time with an offset; relative dates are left unread.`,
  );
  return undefined;
}
