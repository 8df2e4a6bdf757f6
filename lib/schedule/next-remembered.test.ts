import { describe, it, expect } from 'vitest';
import { nextOccurrence, nextOccurrences } from './occurrences';
import { schedule } from './test-schedule';
import type { MeetingSchedule } from './types';

// nextOccurrence remembers each schedule's answer for as long as it holds;
// asked at any moment, it must say what a fresh reckoning says.
const fresh = (m: MeetingSchedule, at: Date) => nextOccurrences(m, at, 1)[0] ?? null;
const iso = (o: { start: Date; end: Date | null } | null) => (o ? [o.start.toISOString(), o.end?.toISOString() ?? null] : null);

const SCHEDULES: MeetingSchedule[] = [
  schedule({}),
  schedule({ endTime: null }),
  schedule({ weekdays: [1, 3, 5], startTime: '07:30', endTime: '08:15' }),
  // Runs past midnight, every day: under way across the change of date.
  schedule({ weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '23:00', endTime: '01:00' }),
  schedule({ recurrence: 'MONTHLY_NTH', weekdays: [4], monthWeek: -1, startTime: '18:00', endTime: '20:00', timeZone: 'Europe/London' }),
  schedule({ weekdays: [7], intervalWeeks: 2, startTime: '02:30', endTime: '03:30', timeZone: 'America/Vancouver' }),
  schedule({ recurrence: 'BY_ARRANGEMENT', startTime: null, endTime: null }),
];

describe('nextOccurrence, remembered', () => {
  it('gives what a fresh reckoning gives, moment after moment, across meetings, clock changes and a step back in time', () => {
    // Every 37 minutes for nine weeks around the spring clock change, then
    // the same moments again out of order.
    const moments: number[] = [];
    for (let t = Date.parse('2026-02-20T00:00:00Z'); t < Date.parse('2026-04-25T00:00:00Z'); t += 37 * 60_000) moments.push(t);
    const shuffled = [...moments].sort((a, b) => ((a * 7919) % 1000) - ((b * 7919) % 1000));
    let compared = 0;
    for (const m of SCHEDULES) {
      for (const t of [...moments, ...shuffled]) {
        expect(iso(nextOccurrence(m, new Date(t))), `${m.weekdays} ${m.startTime} at ${new Date(t).toISOString()}`).toEqual(iso(fresh(m, new Date(t))));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30_000);
  });

  it('at a meeting’s exact start and end', () => {
    const m = schedule({});
    const first = fresh(m, new Date('2026-03-02T00:00:00Z'))!;
    for (const t of [first.start.getTime() - 1, first.start.getTime(), first.start.getTime() + 1, first.end!.getTime() - 1, first.end!.getTime(), first.end!.getTime() + 1]) {
      expect(iso(nextOccurrence(m, new Date(t)))).toEqual(iso(fresh(m, new Date(t))));
    }
  });

  it('tells apart schedules that differ in one field', () => {
    const at = new Date('2026-03-02T12:00:00Z');
    const a = schedule({});
    const b = schedule({ timeZone: 'America/Vancouver' });
    const c = schedule({ startsOn: new Date('2026-03-10T00:00:00Z') });
    expect(iso(nextOccurrence(a, at))).toEqual(iso(fresh(a, at)));
    expect(iso(nextOccurrence(b, at))).toEqual(iso(fresh(b, at)));
    expect(iso(nextOccurrence(c, at))).toEqual(iso(fresh(c, at)));
    expect(iso(nextOccurrence(b, at))).not.toEqual(iso(nextOccurrence(a, at)));
  });

  it('hands each caller its own dates', () => {
    const m = schedule({});
    const at = new Date('2026-03-02T12:00:00Z');
    nextOccurrence(m, at)!.start.setTime(0);
    expect(iso(nextOccurrence(m, at))).toEqual(iso(fresh(m, at)));
  });
});
