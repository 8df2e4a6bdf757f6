// "Add to Google Calendar" and "Add to Outlook" for one meeting: plain links
// to each service's own compose page, so no script of theirs runs on ours.
// Both take UTC instants; the visitor's calendar shows them in local time.

export type CalendarEvent = { title: string; start: Date; end: Date | null; details: string; location: string };

/** A meeting without an end time is put in the calendar as one hour long. */
export const DEFAULT_LENGTH_MS = 60 * 60 * 1000;

const endOf = (e: CalendarEvent) => e.end ?? new Date(e.start.getTime() + DEFAULT_LENGTH_MS);

/** 20261208T000000Z: Google's compact UTC form. */
export function compactUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** 2026-12-08T00:00:00Z: Outlook's ISO 8601 form, without milliseconds. */
function isoUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function googleCalendarUrl(e: CalendarEvent): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', e.title);
  url.searchParams.set('dates', `${compactUtc(e.start)}/${compactUtc(endOf(e))}`);
  url.searchParams.set('details', e.details);
  if (e.location) url.searchParams.set('location', e.location);
  return url.toString();
}

export function outlookCalendarUrl(e: CalendarEvent): string {
  const url = new URL('https://outlook.live.com/calendar/0/deeplink/compose');
  url.searchParams.set('path', '/calendar/action/compose');
  url.searchParams.set('rru', 'addevent');
  url.searchParams.set('subject', e.title);
  url.searchParams.set('startdt', isoUtc(e.start));
  url.searchParams.set('enddt', isoUtc(endOf(e)));
  url.searchParams.set('body', e.details);
  if (e.location) url.searchParams.set('location', e.location);
  return url.toString();
}
