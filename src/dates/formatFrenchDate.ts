import { warnOnce } from '../dev';
import { NBSP } from '../typography';

/** The zone in which dates are printed when the caller names none. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

// Month names are spelled here rather than taken from Intl so that the output
// does not depend on how much locale data a runtime ships.
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

// RFC 3339 profile of ISO 8601 (extended format): a full date, a time with
// at least hours and minutes, and a mandatory offset.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

/**
 * Parses an ISO 8601 date-time that names its time zone: `Z` or an offset
 * such as `+02:00` ("2024-06-12T14:30:00+02:00"). Seconds and fractions are
 * optional. Returns `undefined` for anything else, including impossible dates
 * ("2024-02-30T…") and date-times without an offset, whose instant depends on
 * the machine that reads them. A date alone ("2024-06-12") is not a date-time
 * and is refused too; `formatFrenchDate` accepts it as a calendar date.
 */
export function parseIsoDateTime(iso: string): Date | undefined {
  if (typeof iso !== 'string') return undefined;
  const match = DATE_TIME.exec(iso.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, oh = '0', om = '0'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const offsetHours = Number(oh);
  const offsetMinutes = Number(om);
  if (!isValidCalendarDate(year, month, day)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3));
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offset, second, milliseconds);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Whether a value is an ISO 8601 date-time string with `Z` or an offset, as the content model requires. */
export function isIsoDateTimeWithOffset(value: unknown): boolean {
  return typeof value === 'string' && parseIsoDateTime(value) !== undefined;
}

/** Whether a value is a calendar date alone that exists ("2024-06-12"; not "2024-02-30"). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_ONLY.exec(value.trim());
  return match !== null && isValidCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Whether a value is an article date: an ISO 8601 date-time with an offset, or
 * a calendar date alone when only the day is known ("2024-06-12"), which is
 * then shown and published as a day, without a time.
 */
export function isIsoDateOrDateTime(value: unknown): value is string {
  return isCalendarDate(value) || isIsoDateTimeWithOffset(value);
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `Intl` knows this IANA time zone (e.g. `Europe/Paris`). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time of an instant in a zone, read from Intl's numbers only. */
function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    // Some engines print midnight as 24 even with h23.
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
  };
}

function formatDay(year: number, month: number, day: number): string {
  const dayText = day === 1 ? '1er' : String(day);
  return `${dayText}${NBSP}${MONTHS[month - 1]}${NBSP}${year}`;
}

function formatTime(hour: number, minute: number): string {
  return `${hour}${NBSP}h${NBSP}${String(minute).padStart(2, '0')}`;
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

const relativeFormatter = (() => {
  let formatter: Intl.RelativeTimeFormat | undefined;
  return () => {
    formatter ??= new Intl.RelativeTimeFormat('fr', { numeric: 'auto' });
    return formatter;
  };
})();

/** "il y a 3 heures", or `undefined` when the gap is a week or more. */
function formatRelative(date: Date, reference: Date): string | undefined {
  let amount = (date.getTime() - reference.getTime()) / 1000;
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(amount) < size) return relativeFormatter().format(Math.trunc(amount), unit);
    amount /= size;
  }
  return undefined;
}

/** Options of `formatFrenchDate`. */
export interface FormatFrenchDateOptions {
  /** IANA zone in which the wall-clock date and time are printed. @default 'Europe/Paris' */
  timeZone?: string;
  /** Whether to add the time ("à 14 h 30"). @default false */
  time?: boolean;
  /**
   * The moment the text is read; when given and less than a week away, the
   * date is printed relative to it ("il y a 3 heures", "hier").
   */
  relativeTo?: string | Date;
}

function warnInvalid(iso: unknown): void {
  warnOnce(
    `formatFrenchDate: ${JSON.stringify(iso) ?? String(iso)} is not an ISO 8601 date-time with a time zone offset (e.g. "2024-06-12T14:30:00+02:00"); nothing is printed.`,
  );
}

/**
 * Prints a date the French way, in an explicit time zone so that a server in
 * UTC and a browser in Montréal print the same words: "12 juin 2024",
 * "1er juin 2024", with `time` "12 juin 2024 à 14 h 30".
 *
 * The spaces inside the date and the time are no-break spaces (U+00A0), so
 * that "12 juin" or "14 h 30" never break across lines. Minutes are always
 * written ("9 h 05", "14 h 00").
 *
 * Accepts an ISO 8601 date-time with `Z` or an offset, converted to
 * `timeZone`, or a calendar date alone ("2024-06-12"), printed as is (it has
 * no time to print). Anything else (no offset, an impossible date, not a
 * string) gives `''` and one development warning, never "Invalid Date".
 *
 * @example
 * formatFrenchDate('2024-06-12T14:30:00+02:00', { time: true }); // '12 juin 2024 à 14 h 30'
 * formatFrenchDate('2024-06-01T00:30:00+02:00'); // '1er juin 2024'
 */
export function formatFrenchDate(iso: string, options: FormatFrenchDateOptions = {}): string {
  const dateOnly = typeof iso === 'string' ? DATE_ONLY.exec(iso.trim()) : null;
  if (dateOnly) {
    const [year, month, day] = dateOnly.slice(1).map(Number) as [number, number, number];
    if (isValidCalendarDate(year, month, day)) return formatDay(year, month, day);
    if (process.env.NODE_ENV !== 'production') warnInvalid(iso);
    return '';
  }

  const date = parseIsoDateTime(iso);
  if (!date) {
    if (process.env.NODE_ENV !== 'production') warnInvalid(iso);
    return '';
  }

  if (options.relativeTo !== undefined) {
    const reference =
      options.relativeTo instanceof Date ? options.relativeTo : parseIsoDateTime(options.relativeTo);
    if (reference && !Number.isNaN(reference.getTime())) {
      const relative = formatRelative(date, reference);
      if (relative !== undefined) return relative;
    } else if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `formatFrenchDate: relativeTo ${String(options.relativeTo)} is not a valid date; the absolute date is printed.`,
      );
    }
  }

  let timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `formatFrenchDate: unknown time zone "${timeZone}"; dates are printed in ${DEFAULT_TIME_ZONE}.`,
      );
    }
    timeZone = DEFAULT_TIME_ZONE;
  }
  const parts = zonedParts(date, timeZone);
  const day = formatDay(parts.year, parts.month, parts.day);
  return options.time ? `${day} à ${formatTime(parts.hour, parts.minute)}` : day;
}
