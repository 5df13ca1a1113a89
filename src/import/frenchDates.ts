import { isIsoDateTimeWithOffset } from '../dates';
import { foldKey } from './normalise';

/**
 * The dates a date line gives, as ISO 8601 with the offset of the site's time zone, or as a
 * calendar date alone ("2020-02-19") when the line prints the day without a time.
 */
export interface DateLineDates {
  published?: string;
  modified?: string;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// Folded text has one ordinary space between words (foldKey collapses the runs) and "-" for every
// dash, so the patterns match single optional spaces: bounded quantifiers, linear in the line.
const TIME = String.raw`(?:(?: ?(?:a|,|-))? ?(\d{1,2}) ?(?:h|:) ?(\d{2})?(?: ?min)?)?`;
// On folded text: "12 juin 2024 a 14 h 30", "1er juin 2024", "12/06/2024 14:30", "2024-06-12T14:30".
const DATE_PATTERNS: { pattern: RegExp; order: 'dmy-name' | 'dmy' | 'ymd' }[] = [
  {
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:er)? (${MONTH_NAMES})\.? (\d{4})${TIME}`, 'g'),
    order: 'dmy-name',
  },
  { pattern: new RegExp(String.raw`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b${TIME}`, 'g'), order: 'dmy' },
  { pattern: new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})t?${TIME}`, 'g'), order: 'ymd' },
];

const MODIFIED_MARKER =
  /\b(?:mis(?:e)? a jour|maj|modifie(?:e)?|actualise(?:e)?|updated|derniere mise a jour)\b/;
const PUBLISHED_MARKER =
  /\b(?:publie(?:e)?|mis(?:e)? en ligne|premiere publication|published|posted|creee?)\b/;
const RELATIVE =
  /\b(?:il y a \d{1,4} ?(?:s|sec|secondes?|min|minutes?|h|heures?|j|jours?)|aujourd'hui|hier|a l'instant)\b/;

interface FoundDate {
  index: number;
  iso?: string;
  /** The calendar day, YYYY-MM-DD, when the date is a real one. */
  day?: string;
  hasTime: boolean;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function offsetMinutesAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((asUtc - instant) / 60_000);
}

/**
 * The ISO 8601 date-time, with the offset in force in `timeZone` at that wall
 * time ("2024-06-12T14:30:00+02:00" in Paris); undefined for an impossible
 * date or an unknown zone.
 */
function zonedDateTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): string | undefined {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let offset: number;
  try {
    offset = offsetMinutesAt(wall, timeZone);
    // The offset at the wall time read as UTC may differ from the one at the
    // real instant near a change of time; a second pass settles it.
    offset = offsetMinutesAt(wall - offset * 60_000, timeZone);
  } catch {
    return undefined;
  }
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  const iso = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
  return isIsoDateTimeWithOffset(iso) ? iso : undefined;
}

function findDates(folded: string, timeZone: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { pattern, order } of DATE_PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const index = match.index ?? 0;
      if (found.some((date) => Math.abs(date.index - index) < 4)) continue;
      let year: number;
      let month: number;
      let day: number;
      if (order === 'ymd') {
        year = Number(match[1]);
        month = Number(match[2]);
        day = Number(match[3]);
      } else {
        day = Number(match[1]);
        month = order === 'dmy-name' ? (MONTHS[match[2] ?? ''] ?? 0) : Number(match[2]);
        year = Number(match[3]);
        if (year < 100) year += 2000;
      }
      const hasTime = match[4] !== undefined;
      const hour = hasTime ? Number(match[4]) : 0;
      const minute = hasTime && match[5] !== undefined ? Number(match[5]) : 0;
      const iso =
        hasTime && hour < 24 && minute < 60
          ? zonedDateTime(year, month, day, hour, minute, timeZone)
          : undefined;
      const calendarDay = zonedDateTime(year, month, day, 12, 0, 'UTC')
        ? `${year}-${pad(month)}-${pad(day)}`
        : undefined;
      found.push({ index, hasTime, ...(iso ? { iso } : {}), ...(calendarDay ? { day: calendarDay } : {}) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** What a date line says, once read. */
export interface DateLine {
  dates: DateLineDates;
  /** A date was written without a time: it gives the day ("2020-02-19"), not an instant. */
  withoutTime: boolean;
  /** The line gives no date at all ("Publié le Mis à jour", "il y a 3 heures"). */
  empty: boolean;
  /** The calendar day of the first date written, YYYY-MM-DD, with or without a time. */
  day?: string;
}

const DATE_WORDS =
  /\b(?:publie(?:e)?|creee?|sur|article|mis(?:e)? a jour|mis(?:e)? en ligne|maj|modifie(?:e)?|actualise(?:e)?|premiere publication|derniere mise a jour|updated|published|posted|on|le|la|les|du|a|at|et|par|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|heures?|h|min|cet|heure de paris|utc|gmt|cet|cest)\b/g;

/**
 * Reads a line that only gives publication or update dates ("Publié le
 * 12 juin 2024 à 14 h 30, mis à jour le 13 juin 2024 à 8 h", "12/06/2024
 * 14:30", "Publié le Mis à jour"). Returns undefined for any other line, so
 * a sentence that mentions a date stays text.
 */
// "il y a 3 heures", "il y a 20 min", "il y a 2 jours".
const AGO = /\bil y a (\d{1,3})\s?(s|sec|secondes?|min|minutes?|h|heures?|j|jours?)\b/;
// "hier à 18h05", "aujourd'hui à 9 h 12".
const DAY_AT = /\b(aujourd'hui|hier)(?:,? a)? (\d{1,2})\s?(?:h|:)\s?(\d{2})?/;

// The time after an update marker that names no day: "modifie a 10h40", "mis a jour a 10:40".
const UPDATE_TIME = /^[a-z ]{2,30} (\d{1,2}) ?(?:h|:) ?(\d{2})?(?!\d)/;

function unitMinutes(unit: string): number {
  if (unit.startsWith('j')) return 24 * 60;
  if (unit.startsWith('h')) return 60;
  if (unit.startsWith('s')) return 1 / 60;
  return 1;
}

/** The wall time in `timeZone` of an instant, as ISO 8601 with its offset, to the minute. */
function instantInZone(instant: number, timeZone: string): string | undefined {
  let offset: number;
  try {
    offset = offsetMinutesAt(instant, timeZone);
  } catch {
    return undefined;
  }
  const wall = new Date(instant + offset * 60_000);
  return zonedDateTime(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    timeZone,
  );
}

/** A relative date ("il y a 3 heures", "hier à 18h05") against the reference instant. */
function readRelative(folded: string, timeZone: string, reference: number): string | undefined {
  const ago = AGO.exec(folded);
  if (ago?.[1] && ago[2])
    return instantInZone(reference - Number(ago[1]) * unitMinutes(ago[2]) * 60_000, timeZone);
  const dayAt = DAY_AT.exec(folded);
  if (!dayAt?.[2]) return undefined;
  const day = instantInZone(reference - (dayAt[1] === 'hier' ? 24 * 60 * 60_000 : 0), timeZone);
  const [year, month, date] = (day ?? '').slice(0, 10).split('-').map(Number);
  const hour = Number(dayAt[2]);
  const minute = Number(dayAt[3] ?? 0);
  if (!year || !month || !date || hour > 23 || minute > 59) return undefined;
  return zonedDateTime(year, month, date, hour, minute, timeZone);
}

export function readDateLine(text: string, timeZone: string, reference?: number): DateLine | undefined {
  const folded = foldKey(text);
  if (folded.length > 160) return undefined;
  const hasMarker = PUBLISHED_MARKER.test(folded) || MODIFIED_MARKER.test(folded);
  const found = findDates(folded, timeZone);
  const relative = RELATIVE.test(folded);
  if (!hasMarker && found.length === 0 && !relative) return undefined;

  // Nothing but dates, times, date words and separators may remain.
  let rest = folded;
  for (const { pattern } of DATE_PATTERNS) rest = rest.replace(pattern, ' ');
  rest = rest
    .replace(RELATIVE, ' ')
    // A time alone, after "hier à" or "aujourd'hui à".
    .replace(/\d{1,2}\s?(?:h|:)\s?\d{0,2}/g, ' ')
    .replace(new RegExp(MONTH_NAMES, 'g'), ' ')
    .replace(DATE_WORDS, ' ')
    .replace(/[\d\s:,.;|/()\-–—•·]+/g, ' ')
    .trim();
  if (rest !== '') return undefined;
  // Without a marker, a line must start with the date (or "le" and the date).
  if (
    !hasMarker &&
    !relative &&
    !/^(?:(?:le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)*\d/.test(folded)
  ) {
    return undefined;
  }

  // Each date belongs to the nearest marker before it; the first, unmarked, is the publication.
  const markers = [
    ...[...folded.matchAll(new RegExp(PUBLISHED_MARKER, 'g'))].map((m) => ({
      index: m.index ?? 0,
      modified: false,
    })),
    ...[...folded.matchAll(new RegExp(MODIFIED_MARKER, 'g'))].map((m) => ({
      index: m.index ?? 0,
      modified: true,
    })),
  ];
  const dates: DateLineDates = {};
  for (const date of found) {
    // A day printed without a time is that day, a calendar date: no hour is made up.
    const value = date.iso ?? (date.hasTime ? undefined : date.day);
    if (!value) continue;
    const marker = markers.filter((m) => m.index < date.index).sort((a, b) => b.index - a.index)[0];
    if (marker?.modified) dates.modified ??= value;
    else dates.published ??= value;
  }
  // "Publié le 14 mars 2021 à 09h12, modifié à 10h40": an update time alone is on the day of publication.
  const lastModified = markers.filter((m) => m.modified).sort((a, b) => b.index - a.index)[0];
  const publishedDay = found.find((date) => date.day && date.index < (lastModified?.index ?? 0))?.day;
  if (!dates.modified && lastModified && publishedDay) {
    const time = UPDATE_TIME.exec(folded.slice(lastModified.index));
    const [year, month, date] = publishedDay.split('-').map(Number);
    const hour = Number(time?.[1]);
    const minute = Number(time?.[2] ?? 0);
    if (time && year && month && date && hour < 24 && minute < 60) {
      const modified = zonedDateTime(year, month, date, hour, minute, timeZone);
      if (modified && (!dates.published || modified > dates.published)) dates.modified = modified;
    }
  }
  const relativeDate =
    relative && reference !== undefined ? readRelative(folded, timeZone, reference) : undefined;
  if (relativeDate) {
    if (MODIFIED_MARKER.test(folded) && !PUBLISHED_MARKER.test(folded)) dates.modified ??= relativeDate;
    else dates.published ??= relativeDate;
  }
  const day = found.find((date) => date.day)?.day;
  return {
    dates,
    withoutTime: found.some((date) => !date.hasTime),
    empty: found.length === 0 && relativeDate === undefined,
    ...(day ? { day } : {}),
  };
}
