import 'server-only';
import { db } from '../db.ts';
import { nextOccurrence, type Occurrence } from '../schedule/index.ts';
import type { SearchHit } from './search.ts';

export type SearchCard = {
  slug: string;
  name: string;
  summary: string;
  costKind: 'FREE' | 'DONATION' | 'FEE';
  topics: { slug: string; name: string }[];
  attendance: ('IN_PERSON' | 'ONLINE' | 'PHONE' | 'HYBRID')[];
  towns: string[];
  distanceKm: number | null;
  next: (Occurrence & { timeZone: string }) | null;
  byArrangement: boolean;
};

/** What a results page shows for each hit, in the hits' order. */
export async function getSearchCards(hits: SearchHit[], now = new Date()): Promise<SearchCard[]> {
  if (!hits.length) return [];
  const groups = await db.group.findMany({
    where: { id: { in: hits.map((h) => h.id) }, status: 'PUBLISHED' },
    select: {
      id: true,
      slug: true,
      name: true,
      summary: true,
      costKind: true,
      topics: { select: { topic: { select: { slug: true, name: true } } } },
      meetings: {
        orderBy: { position: 'asc' },
        select: { id: true, attendance: true, town: true, recurrence: true, weekdays: true, intervalWeeks: true, monthWeek: true, startsOn: true, startTime: true, endTime: true, timeZone: true },
      },
    },
  });
  const byId = new Map(groups.map((g) => [g.id, g]));
  return hits.flatMap((hit) => {
    const g = byId.get(hit.id);
    if (!g) return [];
    // The next meeting among those that matched the filters.
    const matched = g.meetings.filter((m) => hit.matchedMeetingIds.includes(m.id));
    const meetings = matched.length ? matched : g.meetings;
    let next: SearchCard['next'] = null;
    for (const m of meetings) {
      const occ = nextOccurrence(m, now);
      if (occ && (!next || occ.start < next.start)) next = { ...occ, timeZone: m.timeZone };
    }
    return [
      {
        slug: g.slug,
        name: g.name,
        summary: g.summary,
        costKind: g.costKind,
        topics: g.topics.map((t) => t.topic).sort((a, b) => a.name.localeCompare(b.name)),
        attendance: [...new Set(meetings.map((m) => m.attendance))],
        towns: [...new Set(meetings.map((m) => m.town).filter((t): t is string => !!t))],
        distanceKm: hit.distanceKm,
        next,
        byArrangement: meetings.every((m) => m.recurrence === 'BY_ARRANGEMENT'),
      },
    ];
  });
}
