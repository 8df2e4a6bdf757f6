// Browsing without a search: the published groups of one topic, and of one
// first letter. Lists are paginated and always end in a page that exists.
import 'server-only';
import { db } from '../db.ts';
import { couldBeSlug } from '../slug.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Attendance } from '../generated/prisma/enums.ts';
import { nextOccurrence } from '../schedule/index.ts';
import { BROWSE_LETTERS, BROWSE_PAGE_SIZE, type BrowseLetter } from './browse-schema.ts';

export type PublicTopic = { slug: string; name: string; description: string };

/** A group as it appears in a list: enough to choose which one to open. */
export type GroupListItem = {
  slug: string;
  name: string;
  summary: string;
  towns: string[];
  attendance: Attendance[];
  /** The soonest upcoming meeting, in that meeting's own zone; null if none is scheduled. */
  nextMeeting: { start: Date; timeZone: string } | null;
  /** True when some meeting has no fixed time ("by arrangement"). */
  byArrangement: boolean;
};

export type PagedGroups = {
  items: GroupListItem[];
  total: number;
  /** The page shown: the requested one, or the last page when it asked for more. */
  page: number;
  pageCount: number;
  requestedPage: number;
};

const listSelect = {
  slug: true,
  name: true,
  summary: true,
  meetings: {
    select: {
      recurrence: true,
      weekdays: true,
      intervalWeeks: true,
      monthWeek: true,
      startsOn: true,
      startTime: true,
      endTime: true,
      timeZone: true,
      attendance: true,
      town: true,
    },
    orderBy: { position: 'asc' },
  },
} as const satisfies Prisma.GroupSelect;

type ListRow = Prisma.GroupGetPayload<{ select: typeof listSelect }>;

function toListItem(row: ListRow, now: Date): GroupListItem {
  let next: GroupListItem['nextMeeting'] = null;
  for (const m of row.meetings) {
    const occurrence = nextOccurrence(m, now);
    if (occurrence && (!next || occurrence.start < next.start)) next = { start: occurrence.start, timeZone: m.timeZone };
  }
  const distinct = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))];
  return {
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    towns: distinct(row.meetings.map((m) => m.town?.trim() || null)),
    attendance: distinct(row.meetings.map((m) => m.attendance)),
    nextMeeting: next,
    byArrangement: row.meetings.some((m) => m.recurrence === 'BY_ARRANGEMENT'),
  };
}

async function listPage(where: Prisma.GroupWhereInput, requestedPage: number): Promise<PagedGroups> {
  const total = await db.group.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const rows = await db.group.findMany({
    where,
    select: listSelect,
    // sortName is the accent-free, lower-cased name, so "Éco…" files under E.
    orderBy: [{ sortName: 'asc' }, { name: 'asc' }, { slug: 'asc' }],
    skip: (page - 1) * BROWSE_PAGE_SIZE,
    take: BROWSE_PAGE_SIZE,
  });
  const now = new Date();
  return { items: rows.map((r) => toListItem(r, now)), total, page, pageCount, requestedPage };
}

export async function getTopic(slug: string): Promise<PublicTopic | null> {
  if (!couldBeSlug(slug)) return null;
  return db.topic.findUnique({ where: { slug }, select: { slug: true, name: true, description: true } });
}

/** Published groups of one topic, A–Z, 20 a page. */
export async function listTopicGroups(topicSlug: string, page: number): Promise<PagedGroups> {
  return listPage({ status: 'PUBLISHED', topics: { some: { topic: { slug: topicSlug } } } }, page);
}

const DIGITS = [...'0123456789'];

function letterWhere(letter: BrowseLetter): Prisma.GroupWhereInput {
  if (letter === '#') return { OR: DIGITS.map((d) => ({ sortName: { startsWith: d } })) };
  return { sortName: { startsWith: letter.toLowerCase() } };
}

/** Published groups whose name starts with `letter` ("#": a digit), A–Z, 20 a page. */
export async function listGroupsByLetter(letter: BrowseLetter, page: number): Promise<PagedGroups> {
  return listPage({ status: 'PUBLISHED', ...letterWhere(letter) }, page);
}

/** Which index letters have at least one published group. */
export async function listGroupLetters(): Promise<Set<BrowseLetter>> {
  const rows = await db.$queryRaw<{ initial: string }[]>`
    SELECT DISTINCT upper(left("sortName", 1)) AS initial
    FROM "Group"
    WHERE status = 'PUBLISHED' AND "sortName" <> ''`;
  const letters = new Set<BrowseLetter>();
  for (const { initial } of rows) {
    const letter = /^[0-9]$/.test(initial) ? '#' : BROWSE_LETTERS.find((l) => l === initial);
    if (letter) letters.add(letter);
  }
  return letters;
}
