import Link from 'next/link';
import type { GroupListItem } from '@/lib/listings/browse';
import { attendanceSummary, formatMeetingStart, isoDay } from './labels';

function NextMeeting({ group }: { group: GroupListItem }) {
  if (group.nextMeeting) {
    const { start, timeZone } = group.nextMeeting;
    return (
      <>
        Next meeting: <time dateTime={isoDay(start, timeZone)}>{formatMeetingStart(start, timeZone).date}</time>
      </>
    );
  }
  return <>{group.byArrangement ? 'Meets by arrangement: contact the group' : 'Contact the group for its next date'}</>;
}

/** Groups in a browsing list: name (to the group page), summary, where, how and when next. */
export function GroupList({ groups, headingLevel = 2 }: { groups: GroupListItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="mt-4 space-y-3" data-testid="group-list">
      {groups.map((g) => (
        <li key={g.slug} className="rounded border border-slate-200 p-4">
          <Heading className="text-lg font-semibold">
            <Link href={`/groups/${encodeURIComponent(g.slug)}`} className="inline-block py-0.5">
              {g.name}
            </Link>
          </Heading>
          <p className="mt-1">{g.summary}</p>
          <p className="mt-1 text-sm text-slate-700">
            {[attendanceSummary(g.attendance), g.towns.join(', ')].filter(Boolean).join(' · ')}
          </p>
          <p className="mt-1 text-sm text-slate-700">
            <NextMeeting group={g} />
          </p>
        </li>
      ))}
    </ul>
  );
}
