import type { SearchCard } from '@/lib/search/cards-data';
import { dayInWords, formatInZone } from '@/lib/schedule';
import { DIRECTORY_TIME_ZONE } from '@/lib/site';
import { KM_PER_MILE } from '@/lib/search/schema';
import { attendanceSummary } from '../group/labels';
import { isStale } from '@/lib/listings/freshness';
import { COST_LABELS } from '@/lib/vocabulary';

function NextMeeting({ card, now }: { card: SearchCard; now: Date }) {
  if (!card.next) return <>{card.byArrangement ? 'By arrangement: contact the group' : 'No upcoming date listed'}</>;
  const { time, zone } = formatInZone(card.next.start, card.next.timeZone);
  // The zone is named only when it is not the directory's own.
  return (
    <time dateTime={card.next.start.toISOString()}>
      {dayInWords(card.next.start, card.next.timeZone, now)},{' '}
      <span className="whitespace-nowrap">
        {time}
        {card.next.timeZone !== DIRECTORY_TIME_ZONE ? ` ${zone}` : ''}
      </span>
    </time>
  );
}

/**
 * One result, compact enough that a phone shows two or three per screen:
 * name, topics, when it next meets, where or how, and how far. The summary
 * and cost join them on wider screens.
 */
export function ResultCard({ card, unit, now = new Date() }: { card: SearchCard; unit: 'km' | 'mi'; now?: Date }) {
  const remote = card.attendance.every((a) => a === 'ONLINE' || a === 'PHONE');
  const distance =
    card.distanceKm === null ? null : unit === 'mi' ? `${(card.distanceKm / KM_PER_MILE).toFixed(1)} mi` : `${card.distanceKm.toFixed(1)} km`;
  const where = remote ? 'From anywhere' : card.towns.join(', ') || 'Ask the group';
  return (
    <article className="rounded border border-slate-300 px-3 py-2 sm:p-4" aria-labelledby={`g-${card.slug}`}>
      <h3 id={`g-${card.slug}`} className="text-lg leading-snug font-semibold">
        <a href={`/groups/${card.slug}`} className="inline-block py-0.5">
          {card.name}
        </a>
      </h3>
      <p className="text-sm text-slate-700">{card.topics.map((t) => t.name).join(', ')}</p>
      <p className="mt-1 hidden sm:block">{card.summary}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="font-semibold">Next</dt>
        <dd>
          <NextMeeting card={card} now={now} />
        </dd>
        <dt className="font-semibold">Where</dt>
        <dd>
          {attendanceSummary(card.attendance) || 'Ask the group how it meets'} · {where}
          {distance ? ` · ${distance} away` : ''}
        </dd>
        <dt className="hidden font-semibold sm:block">Cost</dt>
        <dd className="hidden sm:block">{COST_LABELS[card.costKind]}</dd>
      </dl>
      {isStale(card.lastVerifiedAt, now) ? (
        <p className="mt-1 text-sm font-semibold text-amber-900">
          {card.lastVerifiedAt ? 'Not checked for over a year' : 'Not checked yet'}: call before you go.
        </p>
      ) : null}
    </article>
  );
}
