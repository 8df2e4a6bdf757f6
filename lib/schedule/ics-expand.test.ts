// A calendar app expands the downloaded file itself. Read back with ical.js,
// the file must give the same meetings the site lists.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingToIcs } from './ics';
import { nextOccurrences } from './occurrences';
import type { MeetingSchedule } from './types';
import { utcToZoned } from './zoned';
import { schedule } from './test-schedule';

// Over a year for every pattern here, so each crosses both DST changes. The site
// looks about three years ahead, which caps the monthly and every-3-weeks lists.
const COUNT = 60;
const pad = (n: number) => String(n).padStart(2, '0');

/** What the site shows: each meeting's local date and time in the meeting's zone, and its instant. */
function siteMeetings(m: MeetingSchedule): { local: string; instant: number }[] {
  return nextOccurrences(m, m.startsOn, COUNT).map(({ start }) => {
    const l = utcToZoned(start, m.timeZone);
    return { local: `${l.year}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}`, instant: start.getTime() };
  });
}

/** What a calendar app makes of the file: the expanded RRULE, timed with the file's own VTIMEZONE. */
function calendarAppMeetings(m: MeetingSchedule, count: number): { local: string; instant: number }[] {
  const text = meetingToIcs({ uid: 'expand@selfhelp.example', title: 'Group', schedule: m, now: new Date('2026-01-01T00:00:00Z') });
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vtimezone || !vevent) throw new Error('the file lacks a VTIMEZONE or a VEVENT');
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  const iterator = new ICAL.Event(vevent).iterator();
  const found: { local: string; instant: number }[] = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next()) {
    found.push({ local: next.toString().slice(0, 16), instant: next.toUnixTime() * 1000 });
  }
  return found;
}

describe('the .ics expands to the meetings the site shows', () => {
  it.each<[string, Partial<MeetingSchedule>]>([
    ['every Tuesday in Toronto', {}],
    ['Monday and Thursday every 2 weeks', { weekdays: [4, 1], intervalWeeks: 2, startTime: '18:30', endTime: '20:00' }],
    ['every 3 weeks, anchored before startsOn', { weekdays: [3], intervalWeeks: 3, startsOn: new Date('2026-01-02T00:00:00Z') }],
    ['2nd Tuesday of the month', { recurrence: 'MONTHLY_NTH', monthWeek: 2 }],
    ['last Friday of the month', { recurrence: 'MONTHLY_NTH', weekdays: [5], monthWeek: -1, startTime: '13:00', endTime: '15:00' }],
    ['every Thursday in Sydney', { weekdays: [4], timeZone: 'Australia/Sydney' }],
    ['past midnight on Fridays in London', { weekdays: [5], startTime: '23:00', endTime: '01:00', timeZone: 'Europe/London' }],
  ])('%s: same local dates and times, same instants', (_name, overrides) => {
    const m = schedule(overrides);
    const site = siteMeetings(m);
    expect(site.length).toBeGreaterThanOrEqual(30);
    expect(calendarAppMeetings(m, site.length)).toEqual(site);
  });

  it('a meeting in the spring-forward gap: same dates, and the nominal time wherever it exists', () => {
    // 02:30 does not exist in Toronto on 2026-03-08 or 2027-03-14. The site shows 03:30 on those
    // days (RFC 5545's rule, which calendar apps apply when they show it); the file keeps the
    // nominal 02:30, so the rest of the series stays at 02:30.
    const m = schedule({ weekdays: [7], startTime: '02:30', endTime: null, startsOn: new Date('2026-03-08T00:00:00Z') });
    const site = siteMeetings(m);
    const app = calendarAppMeetings(m, site.length);
    expect(app.map((x) => x.local.slice(0, 10))).toEqual(site.map((x) => x.local.slice(0, 10)));
    expect(app.every((x) => x.local.endsWith('T02:30'))).toBe(true);
    const shifted = site.filter((x) => !x.local.endsWith('T02:30')).map((x) => x.local);
    expect(shifted).toEqual(['2026-03-08T03:30', '2027-03-14T03:30']);
  });
});
