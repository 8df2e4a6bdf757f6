// The shape of one row of the seeded directory, and small helpers that keep
// a row to a few readable lines. The lists below are checked against TOPICS,
// SEED_TOWNS and the search form's languages by
// tests/unit/seed-directory.test.ts, so a typo in a row fails to compile and
// a renamed topic or town fails a test.
import { FILTER_LANGUAGES } from '../../../lib/vocabulary/index.ts';
import type { Attendance, CostKind, GroupStatus, WhoMayAttend } from '../../../lib/generated/prisma/enums.ts';
import type { VenueName } from './venues.ts';

export const TOPIC_SLUGS = [
  'abuse', 'addictions', 'bereavement', 'body-image', 'cancer', 'caregiving', 'disability', 'employment-related',
  'ethnocultural', 'family-parenting', 'hiv-aids', 'men', 'mental-health', 'physical-health', 'relationships',
  'seniors', 'sexuality', 'women', 'youth', 'housing-poverty', 'justice', 'veterans',
] as const;
export type TopicSlug = (typeof TOPIC_SLUGS)[number];

export const TOWN_NAMES = [
  'Toronto', 'Ottawa', 'Hamilton', 'London', 'Kitchener', 'Waterloo', 'Guelph', 'Kingston', 'Windsor',
  'Greater Sudbury', 'Barrie', 'Peterborough', 'Oshawa', 'St. Catharines', 'Thunder Bay', 'Brampton',
  'Mississauga', 'Belleville', 'North Bay', 'Sault Ste. Marie',
] as const;
export type TownName = (typeof TOWN_NAMES)[number];

/** ISO 639-1 codes, as Group.languages stores them: the search form's filter languages. */
export const LANGUAGE_CODES = FILTER_LANGUAGES;
export type LanguageCode = (typeof FILTER_LANGUAGES)[number];

export type Day = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

/** "19:00-20:30": a start and end on the group's clock. */
export type Hours = `${string}:${string}-${string}:${string}`;

export type MeetingRow =
  | { kind: 'weekly'; attendance: Attendance; days: Day[]; everyWeeks: number; hours: Hours; notes?: string }
  | { kind: 'monthly'; attendance: Attendance; nth: 1 | 2 | 3 | 4 | -1; day: Day; hours: Hours; notes?: string }
  | { kind: 'arranged'; attendance: Attendance; notes?: string };

/** When staff last confirmed the listing, counted back from the seeding time. */
export type Checked = `${number} days ago` | `${number} months ago` | '1 month ago' | 'never';

export type Cost = 'FREE' | 'DONATION' | { fee: string } | { donation: string };

export type DirectoryRow = {
  name: string;
  /** Where its in-person or hybrid meetings are; null for a group that meets only online or by phone. */
  town: TownName | null;
  topics: TopicSlug[];
  languages: LanguageCode[];
  who: WhoMayAttend;
  cost: Cost;
  summary: string;
  description: string;
  meetings: MeetingRow[];
  checked: Checked;
  /** Omitted: PUBLISHED. */
  status?: GroupStatus;
  /** 1 = run by its members … 5 = run by professionals. Omitted: 1. */
  lead?: 1 | 2 | 3 | 4 | 5;
  /**
   * 'private': no public phone or email; visitors write through the
   * directory's form, which mails the group's staff-only address.
   * 'private-no-email': the same, but the group has no email on file, so the
   * clearinghouse passes messages on. Omitted: a public phone (and often email).
   */
  contact?: 'private' | 'private-no-email';
  /** A venue the group really uses; omitted, one is chosen from the seed's list. */
  venue?: VenueName;
};

const DAY_NUMBERS: Record<Day, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
export const isoWeekday = (d: Day) => DAY_NUMBERS[d];

type Extra = { notes?: string };
const daysOf = (days: Day | Day[]) => (Array.isArray(days) ? days : [days]);

export function weekly(attendance: Attendance, days: Day | Day[], hours: Hours, extra: Extra = {}): MeetingRow {
  return { kind: 'weekly', attendance, days: daysOf(days), everyWeeks: 1, hours, ...extra };
}

export function everyWeeks(n: number, attendance: Attendance, days: Day | Day[], hours: Hours, extra: Extra = {}): MeetingRow {
  return { kind: 'weekly', attendance, days: daysOf(days), everyWeeks: n, hours, ...extra };
}

/** The nth weekday of each month; 'last' is the last one (stored as -1). */
export function monthly(attendance: Attendance, nth: 1 | 2 | 3 | 4 | 'last', day: Day, hours: Hours, extra: Extra = {}): MeetingRow {
  return { kind: 'monthly', attendance, nth: nth === 'last' ? -1 : nth, day, hours, ...extra };
}

/** No fixed time: members are matched or called when someone asks. */
export function byArrangement(attendance: Attendance, extra: Extra = {}): MeetingRow {
  return { kind: 'arranged', attendance, ...extra };
}

export const costKindOf = (c: Cost): CostKind => (typeof c === 'string' ? c : 'fee' in c ? 'FEE' : 'DONATION');
