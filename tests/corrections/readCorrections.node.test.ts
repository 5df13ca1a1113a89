import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { isBeforePublication, readCorrections } from '../../src/corrections';
import { resetWarnings } from '../../src/dev';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('readCorrections', () => {
  it('keeps the usable corrections in the order given, trimmed and cleaned', () => {
    expect(
      readCorrections([
        { date: '2024-04-05T10:00:00+02:00', text: ' Le montant était de 300 000 euros. ' },
        { date: '2024-04-06', text: 'Le nom du ministre\u0007 était mal orthographié.' },
      ]),
    ).toEqual([
      {
        date: '2024-04-05T10:00:00+02:00',
        day: '2024-04-05',
        instant: new Date('2024-04-05T08:00:00Z'),
        text: 'Le montant était de 300 000 euros.',
      },
      {
        date: '2024-04-06',
        day: '2024-04-06',
        instant: undefined,
        text: 'Le nom du ministre était mal orthographié.',
      },
    ]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves out a correction without a valid date or without text, with a warning for each', () => {
    const read = readCorrections([
      { date: 'hier', text: 'Texte' },
      { date: '2024-04-05', text: ' \u200b ' },
      null,
      { date: '2024-04-05', text: 'Gardé' },
    ]);
    expect(read.map((correction) => correction.text)).toEqual(['Gardé']);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.some((message) => message.includes('corrections.0 has no ISO 8601 date'))).toBe(true);
    expect(messages.some((message) => message.includes('corrections.1 has no text'))).toBe(true);
    expect(messages.some((message) => message.includes('corrections.2 is not an object'))).toBe(true);
  });

  it('reads nothing from a value that is not a list', () => {
    expect(readCorrections(undefined)).toEqual([]);
    expect(readCorrections({ date: '2024-04-05', text: 'x' })).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('isBeforePublication', () => {
  const [instant, day] = readCorrections([
    { date: '2024-04-04T18:00:00+02:00', text: 'a' },
    { date: '2024-04-04', text: 'b' },
  ]);
  if (!instant || !day) throw new Error('fixtures unread');

  it('compares instants for a date-time', () => {
    expect(isBeforePublication(instant, '2024-04-04T18:30:00+02:00')).toBe(true);
    expect(isBeforePublication(instant, '2024-04-04T16:00:00Z')).toBe(false);
  });

  it('compares days as written for a calendar date', () => {
    expect(isBeforePublication(day, '2024-04-04T23:30:00+02:00')).toBe(false);
    expect(isBeforePublication(day, '2024-04-05T00:10:00+02:00')).toBe(true);
    expect(isBeforePublication(day, 'pas une date')).toBe(false);
  });
});
