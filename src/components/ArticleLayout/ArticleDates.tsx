import { formatFrenchDate, htmlDateTime, parseIsoDateTime } from '../../dates';
import { warnOnce } from '../../dev';
import { frenchPartLang } from '../RichText/language';
import { Label } from './Label';
import type { ArticleLayoutLabels } from './labels';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

interface ShownDate {
  /** For ordering the two dates: the instant, or midnight UTC of a calendar date. */
  time: number;
  dateTime: string;
  text: string;
}

function showDate(iso: unknown, field: string, timeZone: string): ShownDate | undefined {
  if (iso === undefined || iso === null) return undefined;
  const given = typeof iso === 'string' ? iso.trim() : '';
  const day = DATE_ONLY.exec(given);
  if (day) {
    // A calendar date has no time to print; formatFrenchDate checks that the day exists.
    const text = formatFrenchDate(given);
    if (text === '') return undefined;
    return { time: Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])), dateTime: given, text };
  }
  const date = parseIsoDateTime(given);
  const dateTime = htmlDateTime(given);
  if (!date || !dateTime) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `${field} ${JSON.stringify(iso) ?? String(iso)} is not an ISO 8601 date-time with an offset: it is not shown.`,
      );
    }
    return undefined;
  }
  return { time: date.getTime(), dateTime, text: formatFrenchDate(given, { timeZone, time: true }) };
}

export interface ArticleDatesProps {
  published: string | undefined;
  modified: string | undefined;
  timeZone: string;
  labels: ArticleLayoutLabels;
  /** The article's language. */
  language: string | undefined;
}

/**
 * « Publié le 12 juin 2024 à 14 h 30 », and « Mis à jour le … » when the
 * article changed after publication, printed in the site's time zone so that
 * the server and every reader's browser show the same words.
 */
export function ArticleDates({ published, modified, timeZone, labels, language }: ArticleDatesProps) {
  // The dates are printed in French whatever the article's language.
  const dateLang = frenchPartLang(language);
  if (process.env.NODE_ENV !== 'production' && (published === undefined || published === null)) {
    warnOnce('the article has no datePublished: no publication date is shown.');
  }
  const shownPublished = showDate(published, 'datePublished', timeZone);
  let shownModified = showDate(modified, 'dateModified', timeZone);
  if (
    shownModified &&
    shownPublished &&
    (shownModified.time <= shownPublished.time || shownModified.text === shownPublished.text)
  ) {
    // An update stamped before publication, or within the same printed minute, tells the reader nothing.
    shownModified = undefined;
  }
  if (!shownPublished && !shownModified) return null;
  return (
    <p data-part="dates">
      {shownPublished ? (
        <span data-date="published">
          <Label labels={labels} name="published" language={language} />{' '}
          <time dateTime={shownPublished.dateTime} lang={dateLang}>
            {shownPublished.text}
          </time>
        </span>
      ) : null}
      {shownModified ? (
        <span data-date="modified">
          <Label labels={labels} name="modified" language={language} />{' '}
          <time dateTime={shownModified.dateTime} lang={dateLang}>
            {shownModified.text}
          </time>
        </span>
      ) : null}
    </p>
  );
}
