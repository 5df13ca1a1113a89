import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  formatFrenchDate,
  isIsoDateOrDateTime,
  isIsoDateTimeWithOffset,
  parseIsoDateTime,
} from '../../src/dates';
import { resetWarnings } from '../../src/dev';

// The output keeps "12 juin" and "14 h 30" together with no-break spaces.
const visible = (text: string) => text.replace(/\u00A0/g, ' ');

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

describe('formatFrenchDate', () => {
  it('prints the day, the month in French and the year', () => {
    expect(visible(formatFrenchDate('2024-06-12T14:30:00+02:00'))).toBe('12 juin 2024');
    expect(visible(formatFrenchDate('2022-01-24T20:00:00+01:00'))).toBe('24 janvier 2022');
    expect(visible(formatFrenchDate('2024-08-15T12:00:00+02:00'))).toBe('15 août 2024');
    expect(visible(formatFrenchDate('2024-12-03T12:00:00+01:00'))).toBe('3 décembre 2024');
  });

  it('uses no-break spaces inside the date and the time, an ordinary space around « à »', () => {
    expect(formatFrenchDate('2024-06-12T14:30:00+02:00', { time: true })).toBe(
      '12\u00A0juin\u00A02024 à 14\u00A0h\u00A030',
    );
  });

  it('writes the first of the month as an ordinal', () => {
    expect(visible(formatFrenchDate('2024-06-01T09:00:00+02:00'))).toBe('1er juin 2024');
    expect(visible(formatFrenchDate('2024-06-11T09:00:00+02:00'))).toBe('11 juin 2024');
  });

  it('adds the time in the French style, minutes always written', () => {
    expect(visible(formatFrenchDate('2024-06-12T14:30:00+02:00', { time: true }))).toBe(
      '12 juin 2024 à 14 h 30',
    );
    expect(visible(formatFrenchDate('2024-06-12T09:05:00+02:00', { time: true }))).toBe(
      '12 juin 2024 à 9 h 05',
    );
    expect(visible(formatFrenchDate('2024-06-12T14:00:00+02:00', { time: true }))).toBe(
      '12 juin 2024 à 14 h 00',
    );
    expect(visible(formatFrenchDate('2024-06-11T22:10:00Z', { time: true }))).toBe('12 juin 2024 à 0 h 10');
  });

  it('converts the instant to Europe/Paris by default, whatever the offset written', () => {
    expect(visible(formatFrenchDate('2024-06-30T23:30:00Z', { time: true }))).toBe(
      '1er juillet 2024 à 1 h 30',
    );
    expect(visible(formatFrenchDate('2024-06-12T08:30:00-04:00', { time: true }))).toBe(
      '12 juin 2024 à 14 h 30',
    );
  });

  it('prints in the zone asked for', () => {
    expect(
      visible(formatFrenchDate('2024-06-30T23:30:00Z', { time: true, timeZone: 'America/Montreal' })),
    ).toBe('30 juin 2024 à 19 h 30');
    expect(visible(formatFrenchDate('2024-06-30T23:30:00Z', { time: true, timeZone: 'UTC' }))).toBe(
      '30 juin 2024 à 23 h 30',
    );
  });

  it('follows daylight saving time in Paris: the spring jump and the autumn repeat', () => {
    const paris = (iso: string) => visible(formatFrenchDate(iso, { time: true }));
    // 31 March 2024: clocks go from 2:00 to 3:00 (01:00 UTC).
    expect(paris('2024-03-31T00:59:00Z')).toBe('31 mars 2024 à 1 h 59');
    expect(paris('2024-03-31T01:00:00Z')).toBe('31 mars 2024 à 3 h 00');
    // 27 October 2024: 2:00 to 3:00 happens twice.
    expect(paris('2024-10-27T00:30:00Z')).toBe('27 octobre 2024 à 2 h 30');
    expect(paris('2024-10-27T01:30:00Z')).toBe('27 octobre 2024 à 2 h 30');
    expect(paris('2024-10-27T02:30:00Z')).toBe('27 octobre 2024 à 3 h 30');
  });

  it('prints a date alone as a calendar date, with no time and no zone shift', () => {
    expect(visible(formatFrenchDate('2024-06-01'))).toBe('1er juin 2024');
    expect(visible(formatFrenchDate('2024-06-01', { time: true, timeZone: 'Pacific/Honolulu' }))).toBe(
      '1er juin 2024',
    );
  });

  it('prints a relative date when asked and the gap is under a week', () => {
    const now = '2024-06-12T17:45:00+02:00';
    expect(formatFrenchDate('2024-06-12T14:30:00+02:00', { relativeTo: now })).toBe('il y a 3 heures');
    expect(formatFrenchDate('2024-06-12T17:40:00+02:00', { relativeTo: now })).toBe('il y a 5 minutes');
    expect(formatFrenchDate('2024-06-11T14:30:00+02:00', { relativeTo: new Date(now) })).toBe('hier');
    expect(visible(formatFrenchDate('2024-06-01T14:30:00+02:00', { relativeTo: now }))).toBe('1er juin 2024');
  });

  it('returns an empty string for invalid input and warns once per value', () => {
    const invalid = [
      '2024-06-12T14:30:00', // no offset: the instant depends on the reader's machine
      '2024-02-30T10:00:00Z',
      '2023-02-29',
      '2024-13-01T10:00:00Z',
      '2024-06-12T24:00:00Z',
      '2024-06-12T14:61:00Z',
      '12/06/2024',
      'Wed, 12 Jun 2024 14:30:00 GMT',
      'hier',
      '',
    ];
    for (const value of invalid) {
      expect(formatFrenchDate(value)).toBe('');
      expect(formatFrenchDate(value, { time: true })).toBe('');
    }
    expect(formatFrenchDate(undefined as unknown as string)).toBe('');
    expect(formatFrenchDate(1718195400000 as unknown as string)).toBe('');
    expect(warn).toHaveBeenCalledTimes(invalid.length + 2);
    expect(String(warn.mock.calls[0]?.[0])).toContain('2024-06-12T14:30:00');
    for (const [message] of warn.mock.calls) expect(String(message)).not.toMatch(/Invalid Date/);
  });

  it('falls back to Europe/Paris for an unknown zone, with a warning', () => {
    expect(visible(formatFrenchDate('2024-06-30T23:30:00Z', { time: true, timeZone: 'Mars/Olympus' }))).toBe(
      '1er juillet 2024 à 1 h 30',
    );
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('parseIsoDateTime and isIsoDateTimeWithOffset', () => {
  it('parses date-times with Z or an offset, seconds and fractions optional', () => {
    expect(parseIsoDateTime('2024-06-12T14:30:00+02:00')?.toISOString()).toBe('2024-06-12T12:30:00.000Z');
    expect(parseIsoDateTime('2024-06-12T14:30+02:00')?.toISOString()).toBe('2024-06-12T12:30:00.000Z');
    expect(parseIsoDateTime('2024-06-12T12:30:00.25Z')?.toISOString()).toBe('2024-06-12T12:30:00.250Z');
    expect(parseIsoDateTime('2024-06-12T08:00:00-03:30')?.toISOString()).toBe('2024-06-12T11:30:00.000Z');
    expect(parseIsoDateTime('2024-02-29T00:00:00Z')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('refuses date-times without a zone, dates alone and impossible dates', () => {
    for (const value of [
      '2024-06-12T14:30:00',
      '2024-06-12',
      '2023-02-29T00:00:00Z',
      '2024-06-12T14:30:00+0200',
    ]) {
      expect(parseIsoDateTime(value)).toBeUndefined();
      expect(isIsoDateTimeWithOffset(value)).toBe(false);
    }
  });

  it('answers false for non-strings', () => {
    for (const value of [undefined, null, 0, new Date(), {}])
      expect(isIsoDateTimeWithOffset(value)).toBe(false);
    expect(isIsoDateTimeWithOffset('2024-06-12T14:30:00Z')).toBe(true);
  });
});

describe('isIsoDateOrDateTime (article and correction dates)', () => {
  it('takes a date-time with an offset or a calendar day that exists', () => {
    expect(isIsoDateOrDateTime('2024-04-04T18:00:00+02:00')).toBe(true);
    expect(isIsoDateOrDateTime(' 2024-04-04 ')).toBe(true);
    expect(isIsoDateOrDateTime('2024-02-29')).toBe(true);
  });

  it('refuses a date-time without an offset, an impossible day and anything else', () => {
    expect(isIsoDateOrDateTime('2024-04-04T18:00:00')).toBe(false);
    expect(isIsoDateOrDateTime('2023-02-29')).toBe(false);
    expect(isIsoDateOrDateTime('4 avril 2024')).toBe(false);
    expect(isIsoDateOrDateTime('')).toBe(false);
    expect(isIsoDateOrDateTime(20240404)).toBe(false);
  });
});

describe('formatFrenchDate does not depend on the host time zone', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const script = `
    import { formatFrenchDate } from ${JSON.stringify(path.join(root, 'src/dates/index.ts'))};
    const values = ['2024-06-30T23:30:00Z', '2024-03-31T01:00:00Z', '2022-01-24T20:00:00+01:00', '2024-06-01'];
    process.stdout.write(JSON.stringify({
      offset: new Date(2024, 5, 30).getTimezoneOffset(),
      dates: values.map((value) => formatFrenchDate(value, { time: true })),
    }));
  `;
  const runIn = (timeZone: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: root,
        env: { ...process.env, TZ: timeZone },
        encoding: 'utf8',
      }),
    ) as { offset: number; dates: string[] };

  it('prints the same words in processes running in UTC, Montréal and Tokyo', () => {
    const utc = runIn('UTC');
    const montreal = runIn('America/Montreal');
    const tokyo = runIn('Asia/Tokyo');
    // The hosts really are in different zones…
    expect(new Set([utc.offset, montreal.offset, tokyo.offset]).size).toBe(3);
    // …and still agree, on Paris time.
    expect(montreal.dates).toEqual(utc.dates);
    expect(tokyo.dates).toEqual(utc.dates);
    expect(utc.dates.map(visible)).toEqual([
      '1er juillet 2024 à 1 h 30',
      '31 mars 2024 à 3 h 00',
      '24 janvier 2022 à 20 h 00',
      '1er juin 2024',
    ]);
  }, 30_000);
});
