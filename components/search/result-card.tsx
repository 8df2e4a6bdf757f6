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
  return `<time datetime="${card.next.start.toISOString()}">${esc(dayInWords(card.next.start, card.next.timeZone, now))}, <span>${esc(shown)}</span></time>`;
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
    ? `<p class="result-stale">${card.lastVerifiedAt ? 'Not checked for over a year' : 'Not checked yet'}: call before you go.</p>`
    : '';
  // Styled by the result classes in app/globals.css, not utility lists: the
  // markup is sent twice (in the HTML and, escaped, in React's payload), and
  // the utility classes were a third of it.
  return (
    `<article class="result" aria-labelledby="${id}">` +
    `<h3 id="${id}"><a href="/groups/${esc(card.slug)}">${esc(card.name)}</a></h3>` +
    `<p class="result-topics">${esc(card.topics.map((t) => t.name).join(', '))}</p>` +
    `<p class="result-summary">${esc(card.summary)}</p>` +
    `<dl>` +
    `<dt>Next</dt><dd>${nextMeeting(card, now)}</dd>` +
    `<dt>Where</dt><dd>${esc(how)}</dd>` +
    `<dt class="result-wide">Cost</dt><dd class="result-wide">${esc(COST_LABELS[card.costKind])}</dd>` +
    `</dl>${stale}</article>`
  );
}

/** A list of results, in the order given. */
export function ResultCards({ cards, unit, className, now = new Date() }: { cards: SearchCard[]; unit: 'km' | 'mi'; className: string; now?: Date }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: cards.map((c) => resultCardHtml(c, unit, now)).join('') }} />;
}
