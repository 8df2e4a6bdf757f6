// The first thing on a group page after its name: when the next meeting is,
// in words, how to get there or join, and how to put it in a calendar.
import type { ReactNode } from 'react';
import type { GroupDetail, PublicMeeting } from '@/lib/listings/group-detail';
import { mapUrl, meetingLocation, meetsInPerson, meetsOnline } from '@/lib/listings/meeting-place';
import { soonestMeeting } from '@/lib/listings/next-meeting';
import { googleCalendarUrl, outlookCalendarUrl, type CalendarEvent } from '@/lib/schedule';
import { formatMeetingStart, safeWebUrl } from './labels';
import { TAP_PRIMARY } from './tap';

export function nextMeetingCalendarHref(groupSlug: string): string {
  return `/groups/${encodeURIComponent(groupSlug)}/next-meeting.ics`;
}

function HowToJoin({ meeting: m }: { meeting: PublicMeeting }) {
  const map = mapUrl(m);
  const onlineUrl = m.onlineOnRequest ? null : safeWebUrl(m.onlineUrl);
  const place = [m.venueName, m.addressLine1, m.addressLine2, [m.town, [m.region, m.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')].filter(Boolean);
  return (
    <ul className="mt-2 space-y-2" data-testid="how-to-join">
      {meetsInPerson(m.attendance) && (
        <li>
          <span className="font-semibold">In person{m.attendance === 'HYBRID' ? ' or online' : ''}: </span>
          {place.length > 0 ? place.join(', ') : 'ask the group for the address.'}
          {map && (
            <>
              {' '}
              <a href={map} className={`${TAP_PRIMARY} no-print`}>
                See it on a map<span className="sr-only"> (OpenStreetMap)</span>
              </a>
            </>
          )}
        </li>
      )}
      {meetsOnline(m.attendance) && (
        <li className="[overflow-wrap:anywhere]">
          <span className="font-semibold">Online: </span>
          {onlineUrl ? (
            <a href={onlineUrl} className={`${TAP_PRIMARY} print-no-href`}>
              Join the online meeting
            </a>
          ) : (
            'contact the group and they will send you the link.'
          )}
        </li>
      )}
      {(m.attendance === 'PHONE' || m.dialIn) && (
        <li>
          <span className="font-semibold">By phone: </span>
          {m.dialIn && !m.dialInOnRequest ? m.dialIn : 'contact the group and they will give you the number to call.'}
        </li>
      )}
    </ul>
  );
}

type Props = {
  group: GroupDetail;
  now: Date;
  pageUrl: string;
  /** How to reach the group: shown after how to join and before the calendar links, so both fit a phone's first screen. */
  contact: ReactNode;
};

export function NextStep({ group, now, pageUrl, contact }: Props) {
  const next = soonestMeeting(group.meetings, now);
  if (!next) {
    return (
      <section aria-labelledby="next-heading" className="mt-4" data-testid="next-step">
        <h2 id="next-heading" className="text-xl font-semibold">
          Next meeting
        </h2>
        <p className="mt-2">
          {group.meetings.length > 0
            ? 'This group sets its meeting times with each person. Contact the group to arrange one.'
            : 'No meetings are listed. Contact the group to find out when it meets.'}
        </p>
        {contact}
      </section>
    );
  }
  const { meeting: m, occurrence } = next;
  const start = formatMeetingStart(occurrence.start, m.timeZone);
  const end = occurrence.end ? formatMeetingStart(occurrence.end, m.timeZone) : null;
  const underway = occurrence.start.getTime() < now.getTime();
  const event: CalendarEvent = {
    title: group.name,
    start: occurrence.start,
    end: occurrence.end,
    details: `${group.summary}\n\nDetails and contact: ${pageUrl}`,
    location: meetingLocation(m),
  };
  return (
    <section aria-labelledby="next-heading" className="mt-4 rounded border-2 border-brand-800 p-3 sm:p-4" data-testid="next-step">
      <h2 id="next-heading" className="text-xl font-semibold">
        {underway ? 'On now' : 'Next meeting'}
      </h2>
      <p className="mt-1 text-lg" data-testid="next-meeting">
        <time dateTime={occurrence.start.toISOString()}>
          {start.date}, <span className="whitespace-nowrap">{start.time}</span>
        </time>
        {end && (
          <>
            {' '}
            to <span className="whitespace-nowrap">{end.time}</span>
          </>
        )}
        {start.zone && <span className="whitespace-nowrap"> ({start.zone})</span>}
      </p>
      <HowToJoin meeting={m} />
      {contact}
      <h3 id="calendar-heading" className="no-print mt-3 font-semibold">
        Add the next meeting to your calendar
      </h3>
      <ul aria-labelledby="calendar-heading" className="no-print flex flex-wrap gap-x-4" data-testid="calendar-links">
        <li>
          <a href={nextMeetingCalendarHref(group.slug)} download className={TAP_PRIMARY}>
            <span className="sr-only">Add the next meeting to your calendar: </span>Calendar file<span className="sr-only"> (.ics)</span>
          </a>
        </li>
        <li>
          <a href={googleCalendarUrl(event)} className={TAP_PRIMARY} rel="noopener">
            <span className="sr-only">Add the next meeting to </span>Google Calendar
          </a>
        </li>
        <li>
          <a href={outlookCalendarUrl(event)} className={TAP_PRIMARY} rel="noopener">
            <span className="sr-only">Add the next meeting to </span>Outlook
          </a>
        </li>
      </ul>
    </section>
  );
}
