// Meeting-finder apps read the Meeting Guide feed, and people subscribe to a
// group's or a topic's calendar: the feed follows the Meeting Guide
// specification's fields and formats, and the calendars give, through a
// standard iCalendar parser, the same dates as the group page, across the
// nights the clocks change.
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { hasMeetingGuide, MEETING_GUIDE_DIR, SHARED_MISSING } from '../support/hsds-schemas.ts';
import { createOpenDataFixtures, FIXTURE, PRIVATE_STRINGS } from '../support/open-data-fixtures.ts';
import { buildGroup, buildMeeting, createGroup } from '../../prisma/seed/factories.ts';
import { GET as meetingGuide } from '../../app/api/meeting-guide.json/route.ts';
import { GET as groupCalendar } from '../../app/groups/[slug]/calendar.ics/route.ts';
import { GET as topicCalendar } from '../../app/topics/[slug]/calendar.ics/route.ts';
import { MEETING_GUIDE_TYPES_USED } from '../../lib/open-data/meeting-guide.ts';
import { isValidTimeZone, nextOccurrences } from '../../lib/schedule/index.ts';

type Entry = { [key: string]: unknown };
type SlugHandler = (r: Request, c: { params: Promise<{ slug: string }> }) => Promise<Response>;
const fetchCalendar = (handler: SlugHandler, slug: string, headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost/x/${slug}/calendar.ics`, { headers }), { params: Promise.resolve({ slug }) });

let feed: Entry[] = [];

beforeAll(async () => {
  await createOpenDataFixtures(db);
  await createGroup(
    db,
    buildGroup({
      slug: 'open-data-weekly-online',
      name: 'Open Data Weekly Online',
      whoMayAttend: 'PEOPLE_WITH_CONCERN',
      languages: ['en', 'es'],
      topicSlugs: ['women'],
      meetings: [
        buildMeeting({ weekdays: [1, 3], attendance: 'ONLINE', onlineUrl: 'https://meet.example.org/weekly', dialIn: '+1 (647) 555-0188 ext. 42', venueName: null, addressLine1: null, town: null, postalCode: null, latitude: null, longitude: null }),
      ],
    }),
  );
  const res = await meetingGuide(new Request('http://localhost/api/meeting-guide.json'));
  expect(res.status).toBe(200);
  feed = (await res.json()) as Entry[];
}, 120_000);

const entryOf = (slugStart: string) => feed.filter((e) => String(e.slug).startsWith(slugStart));

describe('the Meeting Guide feed', () => {
  it('lists each weekly meeting with the day numbers, times, zone and place the specification asks for', () => {
    const [weekly] = entryOf('open-data-weekly-online');
    expect(weekly).toMatchObject({ name: 'Open Data Weekly Online', day: [1, 3], time: '19:00', end_time: '20:30', timezone: 'America/Toronto', conference_url: 'https://meet.example.org/weekly', conference_phone: '+16475550188,,42' });
    expect(weekly?.types).toEqual(['C', 'EN', 'S', 'W']);
    const [sunday] = entryOf(FIXTURE.dst);
    expect(sunday).toMatchObject({ day: 0, time: '01:30', end_time: '02:45', address: '100 Queen Street West', city: 'Toronto', state: 'ON', postal_code: 'M5H 2N2', country: 'CA', approximate: 'no', latitude: 43.6532, longitude: -79.3832 });
    const [arranged] = entryOf(FIXTURE.arrangement);
    expect(arranged?.day).toBeUndefined();
    expect(arranged?.time).toBeUndefined();
  });

  it('leaves out meetings every other week and monthly ones, which the format cannot express, and unpublished groups', () => {
    for (const slug of [FIXTURE.hybrid, FIXTURE.monthly, FIXTURE.lastFriday, FIXTURE.draft, FIXTURE.archived]) expect(entryOf(slug)).toEqual([]);
    const text = JSON.stringify(feed);
    for (const secret of PRIVATE_STRINGS) expect(text).not.toContain(secret);
  });

  it('writes every value in the format the specification gives it', () => {
    const slugs = new Set<string>();
    for (const e of feed) {
      expect(String(e.name).length).toBeLessThanOrEqual(255);
      expect(e.slug).toMatch(/^[a-z0-9-]{1,64}$/);
      expect(slugs.has(String(e.slug))).toBe(false);
      slugs.add(String(e.slug));
      for (const day of [e.day ?? []].flat()) expect([0, 1, 2, 3, 4, 5, 6]).toContain(day);
      if (e.day !== undefined) expect(e.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      if (e.end_time !== undefined) expect(e.end_time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(isValidTimeZone(String(e.timezone))).toBe(true);
      expect(e.updated).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
      if (e.conference_phone !== undefined) expect(e.conference_phone).toMatch(/^[0-9+,*#]+$/);
      if (e.approximate !== undefined) expect(['yes', 'no']).toContain(e.approximate);
      if (e.latitude !== undefined) expect(String(e.latitude)).toMatch(/^-?\d+(\.\d{1,5})?$/);
      expect(e.entity_phone).toMatch(/^\+1-\d{3}-\d{3}-\d{4}$/);
      expect(new URL(String(e.url)).pathname).toMatch(/^\/groups\//);
    }
  });

  it.skipIf(!hasMeetingGuide)(hasMeetingGuide ? 'uses only fields and type codes the specification defines' : `uses only fields and type codes the specification defines (${SHARED_MISSING})`, () => {
    const readme = fs.readFileSync(path.join(MEETING_GUIDE_DIR, 'README.md'), 'utf8');
    // The fields are the headings (#### `name`) and the keys of the example feed and address snippets.
    const headings = [...readme.matchAll(/^####.*$/gm)].flatMap((h) => [...h[0].matchAll(/`([a-z_]+)`/g)].map((m) => m[1]));
    const fields = new Set([...headings, ...[...readme.matchAll(/"([a-z_]+)":/g)].map((m) => m[1])]);
    for (const e of feed) for (const key of Object.keys(e)) expect(fields.has(key), key).toBe(true);
    const codes = new Set(Object.keys(JSON.parse(fs.readFileSync(path.join(MEETING_GUIDE_DIR, 'types.json'), 'utf8')) as object));
    for (const code of MEETING_GUIDE_TYPES_USED) expect(codes.has(code), code).toBe(true);
  });
});

/** The starts a calendar app computes from the file, as UTC instants, using the file's own VTIMEZONEs. */
function calendarStarts(text: string, uidStart: string, count: number): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevent = calendar.getAllSubcomponents('vevent').find((e) => String(e.getFirstPropertyValue('uid')).startsWith(uidStart));
  if (!vevent) throw new Error(`no event ${uidStart}`);
  const it = new ICAL.Event(vevent).iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < count; next = it.next()) out.push(next.toJSDate().toISOString());
  return out;
}

describe('calendar subscriptions', () => {
  it('gives a group’s meetings with their zone, and the same dates as the group page across both clock changes of a year', async () => {
    const res = await fetchCalendar(groupCalendar, FIXTURE.dst);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT1H\r$/m);
    expect(text).toMatch(/^X-WR-CALNAME:Open Data Sunday Early\r$/m);
    const meeting = await db.meeting.findFirstOrThrow({ where: { group: { slug: FIXTURE.dst } } });
    // Sundays 01:30 in Toronto from 4 January 2026: 8 March (spring forward) and 1 November (fall back) are in the first 52.
    const site = nextOccurrences(meeting, meeting.startsOn, 52).map((o) => o.start.toISOString());
    expect(site).toContain('2026-03-08T06:30:00.000Z');
    const app = calendarStarts(text, meeting.id, 52);
    // On 1 November 01:30 happens twice. RFC 5545 (3.3.5) says a local time that occurs twice means
    // the first one (EDT, 05:30 UTC), as the group page reads it; ical.js takes the second. Same date,
    // same 01:30 on the wall, one hour apart: every other date must agree to the minute.
    const ambiguous = site.indexOf('2026-11-01T05:30:00.000Z');
    expect(ambiguous).toBeGreaterThan(0);
    expect(app[ambiguous]).toBe('2026-11-01T06:30:00.000Z');
    expect(app.filter((_, i) => i !== ambiguous)).toEqual(site.filter((_, i) => i !== ambiguous));
  });

  it('gives the same dates as the group page for an evening meeting every other week, across both clock changes of 2025', async () => {
    const text = await (await fetchCalendar(groupCalendar, FIXTURE.hybrid)).text();
    const meeting = await db.meeting.findFirstOrThrow({ where: { group: { slug: FIXTURE.hybrid } } });
    // Mondays and Thursdays 18:30 every other week from 6 January 2025: 9 March and 2 November fall inside.
    const site = nextOccurrences(meeting, meeting.startsOn, 52).map((o) => o.start.toISOString());
    expect(site).toContain('2025-03-17T22:30:00.000Z'); // EDT
    expect(site).toContain('2025-11-10T23:30:00.000Z'); // EST
    expect(calendarStarts(text, meeting.id, 52)).toEqual(site);
  });

  it('gives a topic’s calendar with every timed meeting of its published groups', async () => {
    const res = await fetchCalendar(topicCalendar, 'bereavement');
    const text = await res.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    const uids = calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')).split('@')[0]);
    const timed = await db.meeting.findMany({ where: { recurrence: { not: 'BY_ARRANGEMENT' }, group: { status: 'PUBLISHED', topics: { some: { topic: { slug: 'bereavement' } } } } }, select: { id: true } });
    expect(uids.sort()).toEqual(timed.map((m) => m.id).sort());
    for (const secret of [...PRIVATE_STRINGS, 'Open Data Draft Circle']) expect(text).not.toContain(secret);
    // The hybrid group's every-other-week rule comes through with its Monday-start weeks.
    expect(text).toMatch(/^RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=MO\r$/m);
    expect((await fetchCalendar(topicCalendar, 'no-such-topic')).status).toBe(404);
  });

  it('changes as soon as the listing changes, and not otherwise', async () => {
    const first = await fetchCalendar(groupCalendar, FIXTURE.dst);
    const etag = first.headers.get('etag') ?? '';
    expect((await fetchCalendar(groupCalendar, FIXTURE.dst, { 'If-None-Match': etag })).status).toBe(304);
    await db.meeting.updateMany({ where: { group: { slug: FIXTURE.dst } }, data: { startTime: '09:15' } });
    const changed = await fetchCalendar(groupCalendar, FIXTURE.dst, { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toMatch(/^DTSTART;TZID=America\/Toronto:20260104T091500\r$/m);
    expect((await fetchCalendar(groupCalendar, FIXTURE.draft)).status).toBe(404);
  });
});
