import { DEFAULT_TIME_ZONE, isIsoDateTimeWithOffset, isValidTimeZone } from '../dates';
import { resolveUrl } from '../url';
import type { DiagnosticLog } from './diagnostics';
import type { DateLineDates } from './frenchDates';
import type { ParseArticleTextOptions } from './parseArticleText';

export function checkUrl(options: ParseArticleTextOptions, log: DiagnosticLog): string {
  if (options.url === undefined) {
    log.add('url-missing', 'error', 'No URL was given (options.url): the article has no canonical URL.');
    return '';
  }
  const url = typeof options.url === 'string' ? options.url.trim() : '';
  if (url === '' || resolveUrl(url, undefined) === undefined) {
    log.add('url-invalid', 'error', `The URL ${JSON.stringify(options.url)} is not an absolute http(s) URL.`);
    return '';
  }
  return url;
}

export function checkDates(options: ParseArticleTextOptions, found: DateLineDates, log: DiagnosticLog) {
  let datePublished = '';
  if (options.datePublished !== undefined) {
    if (isIsoDateTimeWithOffset(options.datePublished)) datePublished = options.datePublished.trim();
    else {
      log.add(
        'date-invalid',
        'error',
        `datePublished ${JSON.stringify(options.datePublished)} is not an ISO 8601 date-time with an offset ("2024-06-12T14:30:00+02:00").`,
      );
    }
  } else if (found.published) {
    datePublished = found.published;
    log.add('date-from-text', 'info', `datePublished ${found.published} was read from the text.`);
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
    if (isIsoDateTimeWithOffset(options.dateModified)) dateModified = options.dateModified.trim();
    else {
      log.add(
        'date-invalid',
        'warning',
        `dateModified ${JSON.stringify(options.dateModified)} is not an ISO 8601 date-time with an offset; it is left out.`,
      );
    }
  } else if (found.modified) {
    dateModified = found.modified;
    log.add('date-from-text', 'info', `dateModified ${found.modified} was read from the text.`);
  }
  return { datePublished, dateModified };
}

export function validTimeZone(timeZone: unknown): string {
  return typeof timeZone === 'string' && isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
}
