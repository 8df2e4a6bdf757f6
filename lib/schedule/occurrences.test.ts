import { describe, it, expect } from 'vitest';
import { nextOccurrence, nextOccurrences } from './occurrences';
import type { MeetingSchedule } from './types';
import { utcToZoned, zoneOffsetMs } from './zoned';
import { schedule } from './test-schedule';

const TORONTO = 'America/Toronto';
const SYDNEY = 'Australia/Sydney';
const HOUR = 3_600_000;

const starts = (m: MeetingSchedule, from: string, count: number): string[] =>
  nextOccurrences(m, new Date(from), count).map((o) => o.start.toISOString());

describe('nextOccurrences — weekly', () => {
  it('returns weekly starts with matching ends', () => {
    const result = nextOccurrences(schedule({}), new Date('2026-01-01T00:00:00Z'), 2);
    expect(result.map((o) => [o.start.toISOString(), o.end?.toISOString()])).toEqual([
      ['2026-01-07T00:00:00.000Z', '2026-01-07T01:30:00.000Z'], // Tue Jan 6, 19:00–20:30 EST
      ['2026-01-14T00:00:00.000Z', '2026-01-14T01:30:00.000Z'],
    ]);
  });

  it('interleaves several weekdays in date order', () => {
    const m = schedule({ weekdays: [4, 1], startTime: '10:00', endTime: '11:30' }); // Thu + Mon
    expect(starts(m, '2026-01-01T00:00:00Z', 4)).toEqual([
      '2026-01-01T15:00:00.000Z', // Thu Jan 1 (startsOn itself)
      '2026-01-05T15:00:00.000Z', // Mon
      '2026-01-08T15:00:00.000Z', // Thu
      '2026-01-12T15:00:00.000Z', // Mon
    ]);
  });

  it('counts every-2-weeks from the ISO week containing startsOn, not from the first meeting', () => {
    // startsOn Thu 2026-01-01 sits in the week of Mon 2025-12-29. That week's
    // Wednesday (Dec 31) is before startsOn, so the first meeting is two weeks on.
    const m = schedule({ weekdays: [3], intervalWeeks: 2, startTime: '18:30', endTime: '20:00' });
    expect(starts(m, '2025-06-01T00:00:00Z', 3)).toEqual([
      '2026-01-14T23:30:00.000Z',
      '2026-01-28T23:30:00.000Z',
      '2026-02-11T23:30:00.000Z',
    ]);
    // Months later the phase is unchanged: week of Mon Jun 1 is 22 weeks after the anchor.
    expect(starts(m, '2026-06-01T00:00:00Z', 3)).toEqual([
      '2026-06-03T22:30:00.000Z',
      '2026-06-17T22:30:00.000Z',
      '2026-07-01T22:30:00.000Z',
    ]);
  });

  it('includes the anchor week itself when the weekday is on or after startsOn', () => {
    const m = schedule({ weekdays: [3], intervalWeeks: 2, startsOn: new Date('2025-12-29T00:00:00Z'), startTime: '18:30' });
    expect(starts(m, '2025-12-01T00:00:00Z', 2)).toEqual(['2025-12-31T23:30:00.000Z', '2026-01-14T23:30:00.000Z']);
  });
});

describe('nextOccurrences — monthly', () => {
  it('finds the 2nd Tuesday of each month', () => {
    const m = schedule({ recurrence: 'MONTHLY_NTH', monthWeek: 2 });
    expect(starts(m, '2026-01-01T00:00:00Z', 4)).toEqual([
      '2026-01-14T00:00:00.000Z', // Jan 13 19:00 EST
      '2026-02-11T00:00:00.000Z', // Feb 10
      '2026-03-10T23:00:00.000Z', // Mar 10 19:00 EDT
      '2026-04-14T23:00:00.000Z',
    ]);
  });

  it('finds the last Friday of each month', () => {
    const m = schedule({ recurrence: 'MONTHLY_NTH', weekdays: [5], monthWeek: -1, startTime: '13:00', endTime: '15:00' });
    expect(starts(m, '2026-01-01T00:00:00Z', 4)).toEqual([
      '2026-01-30T18:00:00.000Z',
      '2026-02-27T18:00:00.000Z',
      '2026-03-27T17:00:00.000Z',
      '2026-04-24T17:00:00.000Z',
    ]);
  });

  it('uses only weekdays[0] for MONTHLY_NTH', () => {
    const m = schedule({ recurrence: 'MONTHLY_NTH', weekdays: [2, 4], monthWeek: 1 });
    expect(starts(m, '2026-01-01T00:00:00Z', 2)).toEqual(['2026-01-07T00:00:00.000Z', '2026-02-04T00:00:00.000Z']);
  });
});

describe('nextOccurrences — daylight saving', () => {
  const localClock = (instant: Date, zone: string) => {
    const l = utcToZoned(instant, zone);
    return `${l.year}-${l.month}-${l.day} ${l.hour}:${String(l.minute).padStart(2, '0')}`;
  };

  it('keeps 19:00 Toronto time across the March 2026 change (-05 → -04)', () => {
    const result = nextOccurrences(schedule({}), new Date('2026-03-01T00:00:00Z'), 2);
    expect(result.map((o) => o.start.toISOString())).toEqual(['2026-03-04T00:00:00.000Z', '2026-03-10T23:00:00.000Z']);
    expect(result.map((o) => localClock(o.start, TORONTO))).toEqual(['2026-3-3 19:00', '2026-3-10 19:00']);
    expect(result.map((o) => zoneOffsetMs(o.start, TORONTO) / HOUR)).toEqual([-5, -4]);
  });

  it('keeps 19:00 Toronto time across the November 2026 change (-04 → -05)', () => {
    const result = nextOccurrences(schedule({}), new Date('2026-10-25T00:00:00Z'), 2);
    expect(result.map((o) => o.start.toISOString())).toEqual(['2026-10-27T23:00:00.000Z', '2026-11-04T00:00:00.000Z']);
    expect(result.map((o) => localClock(o.start, TORONTO))).toEqual(['2026-10-27 19:00', '2026-11-3 19:00']);
    expect(result.map((o) => zoneOffsetMs(o.start, TORONTO) / HOUR)).toEqual([-4, -5]);
  });

  it('keeps 19:00 Sydney time across April (+11 → +10) and October (+10 → +11) 2026', () => {
    const m = schedule({ weekdays: [4], timeZone: SYDNEY }); // Thursday
    expect(starts(m, '2026-03-31T00:00:00Z', 2)).toEqual(['2026-04-02T08:00:00.000Z', '2026-04-09T09:00:00.000Z']);
    expect(starts(m, '2026-09-29T00:00:00Z', 2)).toEqual(['2026-10-01T09:00:00.000Z', '2026-10-08T08:00:00.000Z']);
  });

  it('shifts a meeting in the spring-forward gap and takes the first of a repeated hour', () => {
    const gap = schedule({ weekdays: [7], startTime: '02:30', endTime: null, startsOn: new Date('2026-03-08T00:00:00Z') });
    expect(starts(gap, '2026-03-01T00:00:00Z', 2)).toEqual(['2026-03-08T07:30:00.000Z', '2026-03-15T06:30:00.000Z']);
    const overlap = schedule({ weekdays: [7], startTime: '01:30', endTime: null, startsOn: new Date('2026-11-01T00:00:00Z') });
    expect(starts(overlap, '2026-10-01T00:00:00Z', 1)).toEqual(['2026-11-01T05:30:00.000Z']);
  });
});

describe('nextOccurrences — year end', () => {
  it('rolls weekly meetings from December 2026 into January 2027', () => {
    const m = schedule({ weekdays: [4] }); // Thursday 19:00 EST = 00:00Z next day
    expect(starts(m, '2026-12-20T00:00:00Z', 3)).toEqual([
      '2026-12-25T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
      '2027-01-08T00:00:00.000Z',
    ]);
  });

  it('finds the last Thursday of December (Dec 31) and then of January and February 2027', () => {
    const m = schedule({ recurrence: 'MONTHLY_NTH', weekdays: [4], monthWeek: -1 });
    expect(starts(m, '2026-12-01T00:00:00Z', 3)).toEqual([
      '2027-01-01T00:00:00.000Z', // Thu Dec 31 2026 19:00 EST
      '2027-01-29T00:00:00.000Z', // Thu Jan 28 2027
      '2027-02-26T00:00:00.000Z', // Thu Feb 25 2027
    ]);
  });

  it('keeps an every-2-weeks phase across the year boundary', () => {
    const m = schedule({ weekdays: [3], intervalWeeks: 2, startTime: '18:30' }); // anchor week of Mon 2025-12-29
    // Mon 2026-12-28 is 52 weeks after the anchor (even), so Dec 30 meets; then Jan 13 2027.
    expect(starts(m, '2026-12-21T00:00:00Z', 2)).toEqual(['2026-12-30T23:30:00.000Z', '2027-01-13T23:30:00.000Z']);
  });
});

describe('nextOccurrences — boundaries', () => {
  it('returns nothing before a future startsOn', () => {
    const weekly = schedule({ startsOn: new Date('2026-06-15T00:00:00Z') }); // a Monday
    expect(starts(weekly, '2026-01-01T00:00:00Z', 1)).toEqual(['2026-06-16T23:00:00.000Z']);
    // 2nd Tuesday of June is the 9th, before startsOn Wed Jun 10, so July's comes first.
    const monthly = schedule({ recurrence: 'MONTHLY_NTH', monthWeek: 2, startsOn: new Date('2026-06-10T00:00:00Z') });
    expect(starts(monthly, '2026-01-01T00:00:00Z', 1)).toEqual(['2026-07-14T23:00:00.000Z']);
  });

  it('counts a meeting already under way, but not one that has ended', () => {
    const m = schedule({}); // Tue Mar 10 2026, 23:00Z–00:30Z
    expect(nextOccurrence(m, new Date('2026-03-10T23:45:00Z'))?.start.toISOString()).toBe('2026-03-10T23:00:00.000Z');
    expect(nextOccurrence(m, new Date('2026-03-10T23:00:00Z'))?.start.toISOString()).toBe('2026-03-10T23:00:00.000Z');
    expect(nextOccurrence(m, new Date('2026-03-11T00:30:00Z'))?.start.toISOString()).toBe('2026-03-17T23:00:00.000Z');
    // Without an end time a started meeting cannot be known to be under way.
    expect(nextOccurrence(schedule({ endTime: null }), new Date('2026-03-10T23:45:00Z'))?.start.toISOString()).toBe('2026-03-17T23:00:00.000Z');
  });

  it('treats an end before the start as running past midnight, still under way the next day', () => {
    const m = schedule({ weekdays: [5], startTime: '23:00', endTime: '01:00' }); // Fri Jan 9 2026
    const result = nextOccurrence(m, new Date('2026-01-10T05:30:00Z')); // Sat 00:30 EST
    expect([result?.start.toISOString(), result?.end?.toISOString()]).toEqual(['2026-01-10T04:00:00.000Z', '2026-01-10T06:00:00.000Z']);
  });

  it('returns nothing for BY_ARRANGEMENT and for unusable data', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    expect(nextOccurrences(schedule({ recurrence: 'BY_ARRANGEMENT', startTime: null, endTime: null }), from, 5)).toEqual([]);
    expect(nextOccurrence(schedule({ recurrence: 'BY_ARRANGEMENT' }), from)).toBeNull();
    expect(nextOccurrences(schedule({ weekdays: [] }), from, 5)).toEqual([]);
    expect(nextOccurrences(schedule({ weekdays: [0, 8] }), from, 5)).toEqual([]);
    expect(nextOccurrences(schedule({ startTime: null }), from, 5)).toEqual([]);
    expect(nextOccurrences(schedule({ startTime: '25:00' }), from, 5)).toEqual([]);
    expect(nextOccurrences(schedule({ timeZone: 'Not/AZone' }), from, 5)).toEqual([]);
    expect(nextOccurrences(schedule({ recurrence: 'MONTHLY_NTH', monthWeek: 5 }), from, 5)).toEqual([]);
    expect(nextOccurrences(schedule({ recurrence: 'MONTHLY_NTH', monthWeek: null }), from, 5)).toEqual([]);
    expect(nextOccurrences(schedule({ startsOn: new Date('invalid') }), from, 5)).toEqual([]);
    expect(nextOccurrences(schedule({}), from, 0)).toEqual([]);
    expect(nextOccurrences(schedule({}), new Date(NaN), 3)).toEqual([]);
  });

  it('reads interval 0 as weekly and ignores an unparseable end time', () => {
    expect(starts(schedule({ intervalWeeks: 0 }), '2026-01-01T00:00:00Z', 2)).toEqual(['2026-01-07T00:00:00.000Z', '2026-01-14T00:00:00.000Z']);
    expect(nextOccurrence(schedule({ endTime: 'soon' }), new Date('2026-01-01T00:00:00Z'))?.end).toBeNull();
  });

  it('stops scanning after about three years, however many are asked for', () => {
    const result = nextOccurrences(schedule({}), new Date('2026-01-01T00:00:00Z'), 100_000);
    expect(result.length).toBeGreaterThan(150);
    expect(result.length).toBeLessThanOrEqual(157);
    // Anchor-week Tuesday is before startsOn, and the next one is 1000 weeks away: give up, don't spin.
    const tooSparse = schedule({ intervalWeeks: 1000, startsOn: new Date('2026-01-01T00:00:00Z') });
    expect(nextOccurrences(tooSparse, new Date('2026-01-01T00:00:00Z'), 5)).toEqual([]);
  });
});
