// A visitor downloads a meeting's calendar file; their calendar app must read
// the same schedule the group page shows.
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { buildGroup, buildMeeting, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { GET } from '../../app/groups/[slug]/meetings/[position]/calendar.ics/route.ts';
import { nextOccurrences, utcToZoned, type MeetingSchedule } from '../../lib/schedule/index.ts';

async function download(slug: string, position: string) {
  const request = new Request(`http://localhost/groups/${slug}/meetings/${position}/calendar.ics`);
  return GET(request, { params: Promise.resolve({ slug, position }) });
}

// Every other Monday and Thursday, 18:30–20:00 in Vancouver, from Monday 2025-01-06.
const everyOtherWeek: MeetingSchedule = {
  recurrence: 'WEEKLY',
  weekdays: [1, 4],
  intervalWeeks: 2,
  monthWeek: null,
  startsOn: new Date(Date.UTC(2025, 0, 6)),
  startTime: '18:30',
  endTime: '20:00',
  timeZone: 'America/Vancouver',
};

/** Local "YYYY-MM-DDTHH:MM" readings, the form the group page shows them in. */
function siteStarts(count: number): string[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  return nextOccurrences(everyOtherWeek, everyOtherWeek.startsOn, count).map(({ start }) => {
    const l = utcToZoned(start, everyOtherWeek.timeZone);
    return `${l.year}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}`;
  });
}

beforeAll(async () => {
  await createTopics(db);
  await createGroup(
    db,
    buildGroup({
      slug: 'westcoast-caregivers-online',
      name: 'West Coast Caregivers Online',
      summary: 'Caregivers meet online <every other week>.',
      meetings: [
        buildMeeting({
          ...everyOtherWeek,
          attendance: 'ONLINE',
          venueName: null,
          addressLine1: null,
          town: null,
        }),
        buildMeeting({ recurrence: 'BY_ARRANGEMENT', weekdays: [], startTime: null, endTime: null }),
      ],
    }),
  );
  await createGroup(db, buildGroup({ slug: 'draft-group', status: 'DRAFT' }));
});

describe('a visitor adds a meeting to their calendar', () => {
  it('gets an .ics file whose every-other-week rule, zone and local start time a calendar app reads back', async () => {
    const res = await download('westcoast-caregivers-online', '0');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="westcoast-caregivers-online-meeting-1.ics"');

    const text = await res.text();
    // Every-other-week counts Monday-start weeks, so the file must say so (ical.js drops WKST=MO when printing the rule).
    expect(text).toMatch(/^RRULE:.*;WKST=MO\r$/m);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = calendar.getFirstSubcomponent('vevent');
    if (!event) throw new Error('no VEVENT in the file');
    const rrule = event.getFirstPropertyValue('rrule');
    if (!(rrule instanceof ICAL.Recur)) throw new Error('no RRULE in the event');
    expect({ freq: rrule.freq, interval: rrule.interval, byday: rrule.parts.BYDAY, wkst: rrule.wkst }).toEqual({
      freq: 'WEEKLY',
      interval: 2,
      byday: ['MO', 'TH'],
      wkst: ICAL.Time.MONDAY,
    });
    const dtstart = event.getFirstProperty('dtstart');
    expect(dtstart?.getParameter('tzid')).toBe('America/Vancouver');
    expect(String(dtstart?.getFirstValue())).toBe('2025-01-06T18:30:00');
    expect(String(event.getFirstPropertyValue('dtend'))).toBe('2025-01-06T20:00:00');
    expect(event.getFirstPropertyValue('summary')).toBe('West Coast Caregivers Online');
    expect(event.getFirstPropertyValue('location')).toBe('Online');
    expect(String(event.getFirstPropertyValue('description'))).toContain('<every other week>');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('America/Vancouver');

    // Expanded by the calendar app, the rule gives the dates and local times the group page lists.
    const site = siteStarts(40);
    const iterator = new ICAL.Event(event).iterator();
    const app: string[] = [];
    for (let next = iterator.next(); next && app.length < site.length; next = iterator.next()) app.push(next.toString().slice(0, 16));
    expect(site).toHaveLength(40);
    expect(app).toEqual(site);
  });

  it('gets "not found" for a meeting held by arrangement, which has no fixed time', async () => {
    expect((await download('westcoast-caregivers-online', '1')).status).toBe(404);
  });

  it('gets "not found" for a position the group does not have, or one that is not a whole number', async () => {
    for (const position of ['2', 'abc', '-1', '1.5', '1e0', '', '99999999999']) {
      const res = await download('westcoast-caregivers-online', position);
      expect(res.status, position).toBe(404);
    }
  });

  it('gets "not found" for a group that is not published or does not exist', async () => {
    expect((await download('draft-group', '0')).status).toBe(404);
    expect((await download('no-such-group', '0')).status).toBe(404);
  });
});
