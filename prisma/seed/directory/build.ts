// Turns a row of the directory table into a GroupSeed. Everything a reader
// would check against the row (name, text, topics, languages, attendance,
// town) is copied from it; only the details nobody checks for agreement
// (street number, postal code, venue when the row names none, contact
// addresses) are filled in, from a PRNG seeded with the group's own name so
// that editing one row never moves another group's address.
import { SEED_TOWNS, type SeedTownSpec } from '../../../lib/geo/towns.ts';
import type { Attendance } from '../../../lib/generated/prisma/enums.ts';
import { buildGroup, buildMeeting, type GroupSeed, type MeetingSeed } from '../factories.ts';
import { createRng, slugify, type Rng } from '../random.ts';
import { costKindOf, isoWeekday, type Checked, type Cost, type DirectoryRow, type MeetingRow, type TownName } from './types.ts';
import { GENERAL_VENUES, VENUES, type VenueName } from './venues.ts';
import type { AccessibilityCode } from '../../../lib/vocabulary/index.ts';

const AREA_CODES: Record<TownName, string> = {
  Toronto: '416', Ottawa: '613', Hamilton: '905', London: '519', Kitchener: '519', Waterloo: '519', Guelph: '519',
  Kingston: '613', Windsor: '519', 'Greater Sudbury': '705', Barrie: '705', Peterborough: '705', Oshawa: '905',
  'St. Catharines': '905', 'Thunder Bay': '807', Brampton: '905', Mississauga: '905', Belleville: '613',
  'North Bay': '705', 'Sault Ste. Marie': '705',
};

const REMOTE = new Set<Attendance>(['ONLINE', 'PHONE']);
export const isRemote = (a: Attendance) => REMOTE.has(a);

/** FNV-1a: a stable number from a group's name, to seed its own PRNG. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function townSpec(name: TownName): SeedTownSpec {
  const town = SEED_TOWNS.find((t) => t.name === name);
  if (!town) throw new Error(`${name} is not one of SEED_TOWNS`);
  return town;
}

/**
 * "3 months ago" from `now`, less up to nine days so that a directory
 * checked month by month does not show every date on the same day. Never
 * enough to carry "11 months ago" past a year, where staleBefore begins.
 */
export function checkedAt(checked: Checked, now: Date, jitterDays: number): Date | null {
  if (checked === 'never') return null;
  const m = /^(\d+) (day|month)s? ago$/.exec(checked);
  if (!m) throw new Error(`Cannot read "${checked}"`);
  const n = Number(m[1]);
  const d = new Date(now);
  if (m[2] === 'day') d.setUTCDate(d.getUTCDate() - n);
  else {
    d.setUTCMonth(d.getUTCMonth() - n);
    d.setUTCDate(d.getUTCDate() - jitterDays);
  }
  return d;
}

function costDescription(cost: Cost): string {
  if (cost === 'FREE') return '';
  if (cost === 'DONATION') return 'Donations are welcome but never expected.';
  return 'fee' in cost ? cost.fee : cost.donation;
}

function parseHours(hours: string, group: string): [string, string] {
  const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(hours);
  if (!m || !(m[1]! < m[2]!)) throw new Error(`${group}: "${hours}" is not a start-end time such as 19:00-20:30`);
  return [m[1]!, m[2]!];
}

type Place = Pick<MeetingSeed, 'venueName' | 'addressLine1' | 'town' | 'region' | 'postalCode' | 'latitude' | 'longitude'>;
const NO_PLACE: Place = { venueName: null, addressLine1: null, town: null, region: 'ON', postalCode: null, latitude: null, longitude: null };

function placeIn(town: SeedTownSpec, venue: VenueName, rng: Rng): Place {
  const letter = String.fromCharCode(65 + rng.int(0, 25));
  return {
    venueName: venue,
    addressLine1: `${rng.int(10, 2400)} ${rng.pick(town.streets)}`,
    town: town.name,
    region: town.region,
    postalCode: `${rng.pick(town.postalPrefixes)} ${rng.int(1, 9)}${letter}${rng.int(1, 9)}`,
    // Within about 3 km of the town centre.
    latitude: Number((town.lat + (rng.next() - 0.5) * 0.05).toFixed(5)),
    longitude: Number((town.lng + (rng.next() - 0.5) * 0.07).toFixed(5)),
  };
}

function meetingOf(m: MeetingRow, group: DirectoryRow, slug: string, place: Place | null, rng: Rng): MeetingSeed {
  const remote = isRemote(m.attendance);
  if (!remote && !place) throw new Error(`${group.name}: an ${m.attendance} meeting needs the row's town`);
  const times: [string | null, string | null] = m.kind === 'arranged' ? [null, null] : parseHours(m.hours, group.name);
  const pattern =
    m.kind === 'weekly'
      ? { recurrence: 'WEEKLY' as const, weekdays: m.days.map(isoWeekday), intervalWeeks: m.everyWeeks, monthWeek: null }
      : m.kind === 'monthly'
        ? { recurrence: 'MONTHLY_NTH' as const, weekdays: [isoWeekday(m.day)], intervalWeeks: 1, monthWeek: m.nth }
        : { recurrence: 'BY_ARRANGEMENT' as const, weekdays: [], intervalWeeks: 1, monthWeek: null };
  const online = m.attendance === 'ONLINE' || m.attendance === 'HYBRID';
  const linkShared = rng.chance(0.6);
  const dialShared = rng.chance(0.7);
  return buildMeeting({
    ...pattern,
    // Fixed dates in early 2025 set the phase of every-other-week meetings.
    startsOn: new Date(Date.UTC(2025, 0, 6 + rng.int(0, 27))),
    startTime: times[0],
    endTime: times[1],
    timeZone: 'America/Toronto',
    attendance: m.attendance,
    ...(remote || !place ? NO_PLACE : place),
    country: 'CA',
    onlineUrl: online && linkShared ? `https://meet.example.org/${slug}` : null,
    onlineOnRequest: online && !linkShared,
    dialIn: m.attendance === 'PHONE' && dialShared ? `1-888-555-0${rng.int(100, 199)}, access code ${rng.int(100000, 999999)}` : null,
    dialInOnRequest: m.attendance === 'PHONE' && !dialShared,
    notes: m.notes ?? '',
  });
}

export function groupFromRow(row: DirectoryRow, now: Date): GroupSeed {
  const rng = createRng(hashName(row.name));
  const slug = slugify(row.name);
  const meetsInPerson = row.meetings.some((m) => !isRemote(m.attendance));
  if (meetsInPerson !== (row.town !== null)) {
    throw new Error(`${row.name}: a town goes with in-person or hybrid meetings, and only with them`);
  }
  const town = row.town === null ? null : townSpec(row.town);
  const venue = row.venue ?? rng.pick(GENERAL_VENUES);
  // One group, one room: every in-person meeting is at the same place.
  const place = town ? placeIn(town, venue, rng) : null;
  const meetings = row.meetings.map((m) => meetingOf(m, row, slug, place, rng));
  const features: AccessibilityCode[] = place ? [...VENUES[venue]] : [];
  const area = row.town ? AREA_CODES[row.town] : '888';
  const phone = `${area}-555-01${String(rng.int(0, 99)).padStart(2, '0')}`;
  const email = rng.chance(0.6) ? `${slug.slice(0, 28).replace(/-+$/, '')}@groups.example.org` : null;
  const website = rng.chance(0.3) ? `https://${slug.slice(0, 30).replace(/-+$/, '')}.example.org` : null;
  const privatePhone = `${area}-555-01${String(rng.int(0, 99)).padStart(2, '0')}`;
  // Groups whose members need discretion keep phone and email for staff only.
  const open = row.contact === undefined;
  return buildGroup({
    slug,
    name: row.name,
    summary: row.summary,
    description: row.description,
    whoMayAttend: row.who,
    leadership: row.lead ?? 1,
    languages: [...row.languages],
    costKind: costKindOf(row.cost),
    costDescription: costDescription(row.cost),
    accessibilityFeatures: features,
    accessibilityNotes: '',
    phone: open ? phone : null,
    email: open ? email : null,
    website: open ? website : null,
    privateContactName: 'Group facilitator (staff record)',
    privateContactPhone: privatePhone,
    privateContactEmail: row.contact === 'private' ? `${slug.slice(0, 28).replace(/-+$/, '')}.private@groups.example.org` : null,
    status: row.status ?? 'PUBLISHED',
    lastVerifiedAt: checkedAt(row.checked, now, rng.int(0, 9)),
    topicSlugs: [...row.topics],
    meetings,
  });
}
