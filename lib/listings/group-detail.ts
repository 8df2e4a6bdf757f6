// One published group as the public sees it, and one of its meetings for the
// calendar file. Only PUBLISHED groups are ever returned, and the selects
// never name the staff-only privateContact* columns.
import 'server-only';
import { db } from '../db.ts';
import { couldBeSlug } from '../slug.ts';
import type { Attendance, CostKind, Recurrence, WhoMayAttend } from '../generated/prisma/enums.ts';

/** What the public may see of a group itself: shared with the open-data reads (lib/open-data/data.ts). */
export const publicGroupFields = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  description: true,
  whoMayAttend: true,
  leadership: true,
  languages: true,
  costKind: true,
  costDescription: true,
  accessibilityFeatures: true,
  accessibilityNotes: true,
  phone: true,
  email: true,
  website: true,
  lastVerifiedAt: true,
} as const;

/** What the public may see of a meeting: shared with the open-data reads (lib/open-data/data.ts). */
export const publicMeetingSelect = {
  id: true,
  position: true,
  recurrence: true,
  weekdays: true,
  intervalWeeks: true,
  monthWeek: true,
  startsOn: true,
  startTime: true,
  endTime: true,
  timeZone: true,
  attendance: true,
  venueName: true,
  addressLine1: true,
  addressLine2: true,
  town: true,
  region: true,
  postalCode: true,
  country: true,
  latitude: true,
  longitude: true,
  onlineUrl: true,
  onlineOnRequest: true,
  dialIn: true,
  dialInOnRequest: true,
  notes: true,
} as const;

export type PublicMeeting = {
  id: string;
  position: number;
  recurrence: Recurrence;
  weekdays: number[];
  intervalWeeks: number;
  monthWeek: number | null;
  startsOn: Date;
  startTime: string | null;
  endTime: string | null;
  timeZone: string;
  attendance: Attendance;
  venueName: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  town: string | null;
  region: string | null;
  postalCode: string | null;
  country: string;
  latitude: number | null;
  longitude: number | null;
  onlineUrl: string | null;
  onlineOnRequest: boolean;
  dialIn: string | null;
  dialInOnRequest: boolean;
  notes: string;
};

export type PublicOrganization = {
  name: string;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
};

export type GroupDetail = {
  /** The row id: the open data's stable service id is derived from it. */
  id: string;
  slug: string;
  name: string;
  summary: string;
  description: string;
  whoMayAttend: WhoMayAttend;
  leadership: number;
  languages: string[];
  costKind: CostKind;
  costDescription: string;
  accessibilityFeatures: string[];
  accessibilityNotes: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  lastVerifiedAt: Date | null;
  organization: PublicOrganization | null;
  topics: { slug: string; name: string }[];
  meetings: PublicMeeting[];
};

/** Everything public about a published group, or null when there is none under that slug. */
export async function getPublishedGroup(slug: string): Promise<GroupDetail | null> {
  if (!couldBeSlug(slug)) return null;
  const row = await db.group.findFirst({
    where: { slug, status: 'PUBLISHED' },
    select: {
      ...publicGroupFields,
      organization: { select: { name: true, description: true, website: true, email: true, phone: true } },
      topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { topic: { name: 'asc' } } },
      meetings: { select: publicMeetingSelect, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] },
    },
  });
  if (!row) return null;
  const { topics, ...rest } = row;
  return { ...rest, topics: topics.map((t) => t.topic) };
}

export type CalendarMeeting = {
  group: { slug: string; name: string; summary: string };
  meeting: PublicMeeting;
};

/** The meeting at `position` of a published group, for its .ics file; null when either is missing. */
export async function getPublishedMeeting(slug: string, position: number): Promise<CalendarMeeting | null> {
  if (!couldBeSlug(slug)) return null;
  const meeting = await db.meeting.findFirst({
    where: { position, group: { slug, status: 'PUBLISHED' } },
    select: { ...publicMeetingSelect, group: { select: { slug: true, name: true, summary: true } } },
    orderBy: { createdAt: 'asc' },
  });
  if (!meeting) return null;
  const { group, ...rest } = meeting;
  return { group, meeting: rest };
}
