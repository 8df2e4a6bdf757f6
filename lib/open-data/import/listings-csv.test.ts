import { describe, expect, it } from 'vitest';
import { guessMapping, readDays } from './listings-csv.ts';

describe('a listings spreadsheet', () => {
  it('recognises its columns by name, and asks when one is not recognised', () => {
    expect(guessMapping(['Name', 'Summary', 'Start time', 'City'])).toEqual({ mapping: { name: 0, summary: 1, startTime: 2, town: 3 }, complete: true });
    expect(guessMapping(['Title', 'Summary']).complete).toBe(false);
    expect(guessMapping(['Name', 'Notes']).complete).toBe(false);
  });

  it('reads meeting days as people write them', () => {
    expect(readDays('Tuesday')).toEqual({ recurrence: 'WEEKLY', weekdays: ['2'], monthWeek: '' });
    expect(readDays('Mon, Thu')).toEqual({ recurrence: 'WEEKLY', weekdays: ['1', '4'], monthWeek: '' });
    expect(readDays('2nd Tue')).toEqual({ recurrence: 'MONTHLY_NTH', weekdays: ['2'], monthWeek: '2' });
    expect(readDays('last Friday of the month')).toEqual({ recurrence: 'MONTHLY_NTH', weekdays: ['5'], monthWeek: '-1' });
    expect(readDays('by arrangement')).toEqual({ recurrence: 'BY_ARRANGEMENT', weekdays: [], monthWeek: '' });
    expect(readDays('most Tuesdays')).toBeNull();
  });
});
