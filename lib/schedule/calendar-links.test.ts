import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { compactUtc, googleCalendarUrl, outlookCalendarUrl } from './calendar-links.ts';
import { occurrenceToIcs } from './ics.ts';

const event = {
  title: 'Kingston Grief Companions',
  start: new Date('2026-12-09T00:00:00Z'), // Tuesday 7:00 p.m. in Toronto
  end: new Date('2026-12-09T01:30:00Z'),
  details: 'Details: https://example.org/groups/kingston-grief-companions',
  location: 'Public Library, 12 King St, Kingston',
};

describe('adding the next meeting to a calendar', () => {
  it('gives Google the meeting’s start and end in UTC', () => {
    const url = new URL(googleCalendarUrl(event));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20261209T000000Z/20261209T013000Z');
    expect(url.searchParams.get('text')).toBe('Kingston Grief Companions');
    expect(url.searchParams.get('location')).toBe(event.location);
  });

  it('gives Outlook the same start and end', () => {
    const url = new URL(outlookCalendarUrl(event));
    expect(url.origin + url.pathname).toBe('https://outlook.live.com/calendar/0/deeplink/compose');
    expect(url.searchParams.get('startdt')).toBe('2026-12-09T00:00:00Z');
    expect(url.searchParams.get('enddt')).toBe('2026-12-09T01:30:00Z');
    expect(url.searchParams.get('subject')).toBe('Kingston Grief Companions');
    expect(url.searchParams.get('body')).toBe(event.details);
  });

  it('makes a meeting with no end time an hour long', () => {
    const url = new URL(googleCalendarUrl({ ...event, end: null }));
    expect(url.searchParams.get('dates')).toBe(`${compactUtc(event.start)}/20261209T010000Z`);
  });

  it('writes a calendar file with that one meeting and no repeats', () => {
    const text = occurrenceToIcs({ uid: 'm1-20261209@example.org', title: event.title, start: event.start, end: event.end, location: event.location, now: new Date('2026-12-01T00:00:00Z') });
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).not.toContain('RRULE');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    const parsed = new ICAL.Event(vevent ?? undefined);
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-12-09T00:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-12-09T01:30:00.000Z');
  });
});
