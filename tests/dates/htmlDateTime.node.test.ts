import { describe, expect, it } from 'vitest';
import { htmlDateTime } from '../../src/dates';

describe('htmlDateTime', () => {
  it('keeps a date or a date-time that HTML accepts as written, offset included', () => {
    expect(htmlDateTime('2024-06-12')).toBe('2024-06-12');
    expect(htmlDateTime('2024-06-12T14:30:00+02:00')).toBe('2024-06-12T14:30:00+02:00');
    expect(htmlDateTime(' 2024-06-12T14:30Z ')).toBe('2024-06-12T14:30Z');
    expect(htmlDateTime('2024-06-12T14:30:00.123-04:00')).toBe('2024-06-12T14:30:00.123-04:00');
  });

  it('writes a valid ISO instant that HTML would refuse in UTC', () => {
    expect(htmlDateTime('2024-06-12t14:30:00z')).toBe('2024-06-12T14:30:00.000Z');
    expect(htmlDateTime('2024-06-12T14:30:00.123456+02:00')).toBe('2024-06-12T12:30:00.123Z');
  });

  it('gives undefined for what is not a date', () => {
    for (const value of ['', 'hier', '12/06/2024', '2024-06-12T14:30:00', '"><b>']) {
      expect(htmlDateTime(value)).toBeUndefined();
    }
  });
});
