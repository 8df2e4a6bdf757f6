import 'server-only';
import { dbPool } from '../db.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { nextOccurrence, type MeetingSchedule, type Occurrence } from '../schedule/index.ts';
import type { SearchHit } from './data.ts';

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
  /** When staff last checked the listing; null when never. */
  lastVerifiedAt: Date | null;
};

type CardMeeting = MeetingSchedule & { id: string; attendance: SearchCard['attendance'][number]; town: string | null };
type CardGroup = { id: string; slug: string; name: string; summary: string; costKind: SearchCard['costKind']; lastVerifiedAt: Date | null; topics: { slug: string; name: string }[]; meetings: CardMeeting[] };
/** As the query returns it: JSON carries startsOn as "2026-01-05". */
type CardRow = Omit<CardGroup, 'meetings'> & { meetings: (Omit<CardMeeting, 'startsOn'> & { startsOn: string })[] };

/**
 * What a results page shows for each hit of each list, in the hits' order:
 * one query for the whole page (its list and the online groups beside it),
 * with topics and meetings gathered as JSON.
 */
export async function getSearchCards(lists: SearchHit[][], now = new Date()): Promise<SearchCard[][]> {
  const hits = lists.flat();
  if (!hits.length) return lists.map(() => []);
  // Straight to the pool, like the search's own statements (lib/search/data.ts,
  // decision 035): a third of the CPU Prisma's raw path costs. The stored
  // times are UTC without a zone, so it is named for pg to read them right.
  const statement = Prisma.sql`
    SELECT g.id, g.slug, g.name, g.summary, g."costKind", g."lastVerifiedAt" AT TIME ZONE 'UTC' AS "lastVerifiedAt",
      COALESCE((SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name))
        FROM "GroupTopic" gt JOIN "Topic" t ON t.id = gt."topicId" WHERE gt."groupId" = g.id), '[]') AS topics,
      COALESCE((SELECT json_agg(json_build_object(
          'id', m.id, 'attendance', m.attendance, 'town', m.town, 'recurrence', m.recurrence, 'weekdays', m.weekdays,
          'intervalWeeks', m."intervalWeeks", 'monthWeek', m."monthWeek", 'startsOn', m."startsOn", 'startTime', m."startTime",
          'endTime', m."endTime", 'timeZone', m."timeZone") ORDER BY m.position)
        FROM "Meeting" m WHERE m."groupId" = g.id), '[]') AS meetings
    FROM "Group" g
    WHERE g.id = ANY(${[...new Set(hits.map((h) => h.id))]}::text[]) AND g.status = 'PUBLISHED'`;
  const rows = (await dbPool().query(statement.text, statement.values)).rows as CardRow[];
  // UTC midnight of that date, as the schedule expects.
  const groups: CardGroup[] = rows.map((g) => ({ ...g, meetings: g.meetings.map((m) => ({ ...m, startsOn: new Date(`${m.startsOn}T00:00:00Z`) })) }));
  const byId = new Map(groups.map((g) => [g.id, g]));
  return lists.map((list) => list.flatMap((hit) => cardFor(hit, byId.get(hit.id), now)));
}

function cardFor(hit: SearchHit, g: CardGroup | undefined, now: Date): SearchCard[] {
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
      topics: [...g.topics].sort((a, b) => a.name.localeCompare(b.name)),
      attendance: [...new Set(meetings.map((m) => m.attendance))],
      towns: [...new Set(meetings.map((m) => m.town).filter((t): t is string => !!t))],
      distanceKm: hit.distanceKm,
      next,
      byArrangement: meetings.every((m) => m.recurrence === 'BY_ARRANGEMENT'),
      lastVerifiedAt: g.lastVerifiedAt,
    },
  ];
}
