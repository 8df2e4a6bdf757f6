import { describe, expect, it } from 'vitest';
import { readHsdsSchedule } from './hsds-schedule.ts';

const read = (s: Parameters<typeof readHsdsSchedule>[0]) => readHsdsSchedule(s, '2026-12-06');

describe('an HSDS schedule in the directory’s terms', () => {
  it('reads every N weeks on some days, and the nth or last weekday of the month', () => {
    expect(read({ freq: 'WEEKLY', interval: 2, byday: 'MO,TH', opens_at: '19:00:00', closes_at: '20:30', timezone: 'America/Toronto', dtstart: '2026-01-05' })).toEqual({
      ok: true,
      notes: [],
      fields: { recurrence: 'WEEKLY', weekdays: ['1', '4'], intervalWeeks: '2', monthWeek: '', startsOn: '2026-01-05', startTime: '19:00', endTime: '20:30', timeZone: 'America/Toronto' },
    });
    const last = read({ freq: 'MONTHLY', byday: '-1FR', opens_at: '18:30' });
    expect(last.ok && last.fields).toMatchObject({ recurrence: 'MONTHLY_NTH', weekdays: ['5'], monthWeek: '-1', startsOn: '2026-12-06' });
    const none = read({});
    expect(none.ok && none.fields).toMatchObject({ recurrence: 'BY_ARRANGEMENT' });
  });

  it('notes a UTC offset where a zone name belongs, and uses the directory’s zone', () => {
    const r = read({ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', timezone: 3 });
    expect(r.ok && r.fields.timeZone).toBe('America/Toronto');
    expect(r.ok && r.notes[0]).toMatch(/time zone “3”/);
  });

  it('reports what it cannot express as an unparseable schedule', () => {
    const cases = [
      { freq: 'YEARLY', opens_at: '10:00' },
      { freq: 'WEEKLY', byday: '2TU', opens_at: '10:00' },
      { freq: 'MONTHLY', byday: 'TU,TH', opens_at: '10:00' },
      { freq: 'WEEKLY', byday: 'TU', opens_at: '7pm' },
      { freq: 'WEEKLY', byday: 'TU' },
    ];
    for (const c of cases) expect(read(c), JSON.stringify(c)).toMatchObject({ ok: false, reason: expect.stringMatching(/^unparseable schedule: /) });
  });
});
