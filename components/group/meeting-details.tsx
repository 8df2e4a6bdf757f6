import type { PublicMeeting } from '@/lib/listings/group-detail';
import { describeSchedule, describeTimeRange, nextOccurrences, zoneAbbreviation } from '@/lib/schedule';
import { DIRECTORY_TIME_ZONE } from '@/lib/site';
import { ATTENDANCE_LABELS, formatMeetingStart, safeWebUrl } from './labels';
import { TAP_PRIMARY, TAP_SECONDARY } from './tap';

type Props = { meeting: PublicMeeting; groupSlug: string; number: number; total: number; now: Date };

export function meetingCalendarHref(groupSlug: string, position: number): string {
  return `/groups/${encodeURIComponent(groupSlug)}/meetings/${position}/calendar.ics`;
}

export function MeetingDetails({ meeting: m, groupSlug, number, total, now }: Props) {
  const upcoming = nextOccurrences(m, now, 3);
  const foreignZone = m.timeZone !== DIRECTORY_TIME_ZONE;
  // Days, then the time range kept on one line ("7–8:30 pm" never breaks before "pm").
  const times = m.recurrence === 'BY_ARRANGEMENT' ? '' : describeTimeRange(m.startTime, m.endTime);
  const schedule = describeSchedule(m);
  const days = times && schedule.endsWith(`, ${times}`) ? schedule.slice(0, -(times.length + 2)) : schedule;
  const zoneNote = foreignZone && m.recurrence !== 'BY_ARRANGEMENT' ? ` (${zoneAbbreviation(upcoming[0]?.start ?? now, m.timeZone)})` : '';
  const inPerson = m.attendance === 'IN_PERSON' || m.attendance === 'HYBRID';
  const online = m.attendance === 'ONLINE' || m.attendance === 'HYBRID';
  const byPhone = m.attendance === 'PHONE' || Boolean(m.dialIn);
  const headingId = `meeting-${m.position}`;
  const place = [m.town, [m.region, m.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const hasCoordinates = m.latitude !== null && m.longitude !== null;
  const onlineUrl = m.onlineOnRequest ? null : safeWebUrl(m.onlineUrl);

  return (
    <article aria-labelledby={headingId} className="rounded border border-slate-200 p-4 break-inside-avoid" data-testid="meeting">
      <h3 id={headingId} className="text-lg font-semibold">
        {total > 1 ? `Meeting ${number}: ` : ''}
        {ATTENDANCE_LABELS[m.attendance]}
        {inPerson && m.town ? ` in ${m.town}` : ''}
      </h3>
      <dl className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-[9rem_1fr]">
        <dt className="font-semibold">When</dt>
        <dd>
          {days}
          {times && (
            <>
              , <span className="whitespace-nowrap">{times}{zoneNote}</span>
            </>
          )}
          {!times && zoneNote}
        </dd>
        {m.recurrence !== 'BY_ARRANGEMENT' && (
          <>
            <dt className="font-semibold">Next dates</dt>
            <dd>
              {upcoming.length > 0 ? (
                <ul data-testid="next-dates">
                  {upcoming.map((o) => {
                    const f = formatMeetingStart(o.start, m.timeZone);
                    return (
                      <li key={o.start.toISOString()}>
                        <time dateTime={o.start.toISOString()}>
                          {f.date} · <span className="whitespace-nowrap">{f.time}{f.zone ? ` ${f.zone}` : ''}</span>
                        </time>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                'Please contact the group for its next date.'
              )}
            </dd>
          </>
        )}
        {inPerson && (
          <>
            <dt className="font-semibold">Where</dt>
            <dd>
              <p>
                {[m.venueName, m.addressLine1, m.addressLine2, place].filter(Boolean).map((line, i) => (
                  <span key={i} className="block">
                    {line}
                  </span>
                ))}
              </p>
              {hasCoordinates && (
                <p className="no-print mt-1 flex flex-wrap gap-x-4">
                  <a href={`https://www.openstreetmap.org/?mlat=${m.latitude}&mlon=${m.longitude}#map=16/${m.latitude}/${m.longitude}`} className={TAP_SECONDARY}>
                    Map<span className="sr-only"> of {m.venueName ?? 'the meeting place'}</span> (OpenStreetMap)
                  </a>
                  <a href={`https://www.openstreetmap.org/directions?to=${m.latitude},${m.longitude}`} className={TAP_SECONDARY}>
                    Directions<span className="sr-only"> to {m.venueName ?? 'the meeting place'}</span>
                  </a>
                </p>
              )}
            </dd>
          </>
        )}
        {online && (
          <>
            <dt className="font-semibold">Online</dt>
            <dd className="[overflow-wrap:anywhere]">
              {onlineUrl ? <a href={onlineUrl} className="print-no-href">
                  {m.onlineUrl?.trim()}
                </a> : 'The link is given when you contact the group.'}
            </dd>
          </>
        )}
        {byPhone && (
          <>
            <dt className="font-semibold">By phone</dt>
            <dd>{m.dialIn && !m.dialInOnRequest ? m.dialIn : 'The dial-in number is given when you contact the group.'}</dd>
          </>
        )}
        {m.notes && (
          <>
            <dt className="font-semibold">Notes</dt>
            <dd>{m.notes}</dd>
          </>
        )}
      </dl>
      {upcoming.length > 0 && (
        <p className="no-print mt-3">
          <a href={meetingCalendarHref(groupSlug, m.position)} download className={TAP_PRIMARY}>
            Add every meeting{total > 1 ? ` of meeting ${number}` : ''} to your calendar<span className="sr-only"> (.ics file)</span>
          </a>
        </p>
      )}
    </article>
  );
}
