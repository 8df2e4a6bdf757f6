import { describe, expect, it } from 'vitest';
import { dayInWords } from './day-in-words';

const TORONTO = 'America/Toronto';

describe('dayInWords', () => {
  it('says Today and Tomorrow by the meeting’s own calendar', () => {
    const now = new Date('2026-12-08T15:00:00Z'); // 10 a.m. in Toronto
    expect(dayInWords(new Date('2026-12-09T00:30:00Z'), TORONTO, now)).toBe('Today'); // 7:30 p.m. the same day there
    expect(dayInWords(new Date('2026-12-09T15:00:00Z'), TORONTO, now)).toBe('Tomorrow');
  });

  it('gives the date from the day after tomorrow', () => {
    const now = new Date('2026-12-08T15:00:00Z');
    expect(dayInWords(new Date('2026-12-11T00:00:00Z'), TORONTO, now)).toBe('Thursday, December 10');
  });

  it('names the year only for a date far ahead', () => {
    const now = new Date('2026-12-08T15:00:00Z');
    expect(dayInWords(new Date('2027-11-30T15:00:00Z'), TORONTO, now)).toMatch(/2027/);
  });

  it('counts days across a change of clocks', () => {
    const now = new Date('2026-03-07T17:00:00Z'); // Saturday noon, the day before summer time starts
    expect(dayInWords(new Date('2026-03-08T23:00:00Z'), TORONTO, now)).toBe('Tomorrow');
  });
});
