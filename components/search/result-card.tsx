import type { SearchCard } from '@/lib/search/cards-data';
import { dayInWords, formatTimeInZone, zoneAbbreviation } from '@/lib/schedule';
import { DIRECTORY_TIME_ZONE } from '@/lib/site';
import { KM_PER_MILE } from '@/lib/search/schema';
import { attendanceSummary } from '../group/labels';
import { isStale } from '@/lib/listings/freshness';
import { COST_LABELS } from '@/lib/vocabulary';
import { esc } from './html';

// A results page shows twenty of these and up to five more beside them,
// about twenty elements each: as JSX they were the largest part of the
// page's server CPU after the refine panel (decision 039). They are built
// here as HTML, every value through esc(), and handed to React as one string.

function nextMeeting(card: SearchCard, now: Date): string {
  if (!card.next) return esc(card.byArrangement ? 'By arrangement: contact the group' : 'No upcoming date listed');
  const time = formatTimeInZone(card.next.start, card.next.timeZone);
  // The zone is named only when it is not the directory's own.
  const shown = card.next.timeZone !== DIRECTORY_TIME_ZONE ? `${time} ${zoneAbbreviation(card.next.start, card.next.timeZone)}` : time;
  return `<time datetime="${card.next.start.toISOString()}">${esc(dayInWords(card.next.start, card.next.timeZone, now))}, <span class="whitespace-nowrap">${esc(shown)}</span></time>`;
}

/**
 * One result, compact enough that a phone shows two or three per screen:
 * name, topics, when it next meets, where or how, and how far. The summary
 * and cost join them on wider screens.
 */
export function resultCardHtml(card: SearchCard, unit: 'km' | 'mi', now: Date): string {
  const remote = card.attendance.every((a) => a === 'ONLINE' || a === 'PHONE');
  const distance =
    card.distanceKm === null ? null : unit === 'mi' ? `${(card.distanceKm / KM_PER_MILE).toFixed(1)} mi` : `${card.distanceKm.toFixed(1)} km`;
  const where = remote ? 'From anywhere' : card.towns.join(', ') || 'Ask the group';
  const how = `${attendanceSummary(card.attendance) || 'Ask the group how it meets'} · ${where}${distance ? ` · ${distance} away` : ''}`;
  const id = esc(`g-${card.slug}`);
  const stale = isStale(card.lastVerifiedAt, now)
    ? `<p class="mt-1 text-sm font-semibold text-amber-900">${card.lastVerifiedAt ? 'Not checked for over a year' : 'Not checked yet'}: call before you go.</p>`
    : '';
  return (
    `<article class="rounded border border-slate-300 px-3 py-2 sm:p-4" aria-labelledby="${id}">` +
    `<h3 id="${id}" class="text-lg leading-snug font-semibold"><a href="/groups/${esc(card.slug)}" class="inline-block py-0.5">${esc(card.name)}</a></h3>` +
    `<p class="text-sm text-slate-700">${esc(card.topics.map((t) => t.name).join(', '))}</p>` +
    `<p class="mt-1 hidden sm:block">${esc(card.summary)}</p>` +
    `<dl class="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">` +
    `<dt class="font-semibold">Next</dt><dd>${nextMeeting(card, now)}</dd>` +
    `<dt class="font-semibold">Where</dt><dd>${esc(how)}</dd>` +
    `<dt class="hidden font-semibold sm:block">Cost</dt><dd class="hidden sm:block">${esc(COST_LABELS[card.costKind])}</dd>` +
    `</dl>${stale}</article>`
  );
}

/** A list of results, in the order given. */
export function ResultCards({ cards, unit, className, now = new Date() }: { cards: SearchCard[]; unit: 'km' | 'mi'; className: string; now?: Date }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: cards.map((c) => resultCardHtml(c, unit, now)).join('') }} />;
}
