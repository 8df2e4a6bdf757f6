// One set of factories for the seed, the integration tests and the e2e
// fixtures: `build*` returns plain data with sensible defaults, `create*`
// writes it. Tests override only what they are about.
import { hash } from '@node-rs/argon2';
import { PASSWORD_HASH_OPTIONS } from '../../lib/staff/password-options.ts';
import type { Db } from '../../lib/db-client.ts';
import type { Attendance, CostKind, GroupStatus, Recurrence, StaffRole, WhoMayAttend } from '../../lib/generated/prisma/enums.ts';
import { TOPICS, type TopicSeed } from './topics.ts';
import { slugify } from './random.ts';

export type MeetingSeed = {
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

export type GroupSeed = {
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
  privateContactName: string | null;
  privateContactPhone: string | null;
  privateContactEmail: string | null;
  status: GroupStatus;
  lastVerifiedAt: Date | null;
  topicSlugs: string[];
  meetings: MeetingSeed[];
};

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export function buildMeeting(overrides: Partial<MeetingSeed> = {}): MeetingSeed {
  return {
    recurrence: 'WEEKLY',
    weekdays: [2],
    intervalWeeks: 1,
    monthWeek: null,
    startsOn: new Date(Date.UTC(2025, 0, 6)),
    startTime: '19:00',
    endTime: '20:30',
    timeZone: 'America/Toronto',
    attendance: 'IN_PERSON',
    venueName: 'Community Centre, Room 2',
    addressLine1: '100 Queen Street West',
    town: 'Toronto',
    region: 'ON',
    postalCode: 'M5H 2N2',
    country: 'CA',
    latitude: 43.6532,
    longitude: -79.3832,
    onlineUrl: null,
    onlineOnRequest: false,
    dialIn: null,
    dialInOnRequest: false,
    notes: '',
    ...overrides,
  };
}

export function buildGroup(overrides: Partial<GroupSeed> = {}): GroupSeed {
  const name = overrides.name ?? `Test Support Circle ${unique()}`;
  return {
    slug: overrides.slug ?? slugify(name),
    name,
    summary: 'A peer support group that meets every week.',
    description: 'Members share what has helped them and listen to one another.',
    whoMayAttend: 'BOTH',
    leadership: 1,
    languages: ['en'],
    costKind: 'FREE',
    costDescription: '',
    accessibilityFeatures: [],
    accessibilityNotes: '',
    phone: '416-555-0100',
    email: null,
    website: null,
    privateContactName: null,
    privateContactPhone: null,
    privateContactEmail: null,
    status: 'PUBLISHED',
    lastVerifiedAt: new Date(Date.UTC(2026, 5, 1)),
    topicSlugs: ['bereavement'],
    meetings: [buildMeeting()],
    ...overrides,
  };
}

export async function createTopics(db: Db, topics: TopicSeed[] = TOPICS) {
  await db.topic.createMany({ data: topics, skipDuplicates: true });
  return db.topic.findMany({ select: { id: true, slug: true } });
}

/** Writes a group with its meetings; the topics must exist already. */
export async function createGroup(db: Db, seed: GroupSeed = buildGroup()) {
  const { topicSlugs, meetings, ...group } = seed;
  const topics = await db.topic.findMany({ where: { slug: { in: topicSlugs } }, select: { id: true } });
  if (topics.length !== topicSlugs.length) throw new Error(`Unknown topic in ${topicSlugs.join(', ')}`);
  return db.group.create({
    data: {
      ...group,
      topics: { create: topics.map((t) => ({ topicId: t.id })) },
      meetings: { create: meetings.map((m, position) => ({ ...m, position })) },
    },
    select: { id: true, slug: true },
  });
}


/** `referralAccess`: may read and work referrals (then two-factor is required at sign-in). */
export async function createStaffUser(db: Db, input: { email: string; name: string; role: StaffRole; password: string; referralAccess?: boolean }) {
  const passwordHash = await hash(input.password, PASSWORD_HASH_OPTIONS);
  return db.staffUser.create({
    data: { email: input.email, name: input.name, role: input.role, passwordHash, referralAccess: input.referralAccess ?? false },
    select: { id: true, email: true, role: true },
  });
}
