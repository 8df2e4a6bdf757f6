import type { SearchCard } from '@/lib/search/cards-data';
import { formatInZone } from '@/lib/schedule';
import { DIRECTORY_TIME_ZONE } from '@/lib/site';
import { KM_PER_MILE } from '@/lib/search/schema';
import { MEETING_ATTENDANCE_LABEL } from './labels';
import { COST_LABELS } from '@/lib/vocabulary';

function NextMeeting({ card }: { card: SearchCard }) {
  if (!card.next) return <>{card.byArrangement ? 'By arrangement — contact the group' : 'No upcoming date listed'}</>;
  const { date, time, zone } = formatInZone(card.next.start, card.next.timeZone);
  // The zone is named only when it is not the directory's own.
  return (
    <time dateTime={card.next.start.toISOString()}>
      {date}, {time}
      {card.next.timeZone !== DIRECTORY_TIME_ZONE ? ` ${zone}` : ''}
    </time>
  );
}

export function ResultCard({ card, unit }: { card: SearchCard; unit: 'km' | 'mi' }) {
  const remote = card.attendance.every((a) => a === 'ONLINE' || a === 'PHONE');
  const distance =
    card.distanceKm === null ? null : unit === 'mi' ? `${(card.distanceKm / KM_PER_MILE).toFixed(1)} mi` : `${card.distanceKm.toFixed(1)} km`;
  return (
    <article className="rounded border border-slate-300 p-4" aria-labelledby={`g-${card.slug}`}>
      <h3 id={`g-${card.slug}`} className="text-lg font-semibold">
        <a href={`/groups/${card.slug}`}>{card.name}</a>
      </h3>
      <p className="mt-1">{card.summary}</p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Next meeting</dt>
        <dd>
          <NextMeeting card={card} />
        </dd>
        <dt className="font-semibold">How it meets</dt>
        <dd>{card.attendance.map((a) => MEETING_ATTENDANCE_LABEL[a]).join(', ')}</dd>
        <dt className="font-semibold">Where</dt>
        <dd>
          {remote ? 'Online or by phone — from anywhere' : card.towns.join(', ') || 'Ask the group'}
          {distance ? ` · ${distance} away` : ''}
        </dd>
        <dt className="font-semibold">Cost</dt>
        <dd>{COST_LABELS[card.costKind]}</dd>
        <dt className="font-semibold">Topics</dt>
        <dd>{card.topics.map((t) => t.name).join(', ')}</dd>
      </dl>
    </article>
  );
}
