// Generates fictional listings in bulk for the search benchmark
// (scripts/bench/fill.ts, 100,000 groups). The seeded directory is written
// by hand instead (prisma/seed/directory). Generated listings still read
// true: a stem brings the topics and languages its name announces, a second
// language is named in the description, and a group that meets only online
// or by phone is not named for a town it has no address in.
import type { Attendance, Recurrence } from '../../lib/generated/prisma/enums.ts';
import { buildGroup, buildMeeting, type GroupSeed, type MeetingSeed } from './factories.ts';
import { ACCESSIBILITY, COMPANION_TOPICS, DESCRIPTION_PARTS, LANGUAGE_NAMES, LANGUAGES, NAME_STEMS, STEM_EXTRAS, SUMMARY_OPENERS, VENUES } from './group-text.ts';
import { slugify, type Rng } from './random.ts';

export type SeedTown = { name: string; region: string; lat: number; lng: number; postalPrefixes: string[]; streets: string[] };

const pad = (n: number) => String(n).padStart(2, '0');
const TIMES: [string, string][] = [
  ['10:00', '11:30'], ['13:00', '14:30'], ['14:00', '16:00'], ['18:30', '20:00'], ['19:00', '20:30'], ['19:00', '21:00'], ['09:30', '11:00'],
];
// Some province-wide online groups are hosted from other zones, so the
// directory must say whose clock a time is on.
const REMOTE_ZONES = ['America/Winnipeg', 'America/Vancouver', 'America/Halifax'];

function pickRecurrence(rng: Rng): Pick<MeetingSeed, 'recurrence' | 'weekdays' | 'intervalWeeks' | 'monthWeek'> {
  const r = rng.next();
  const recurrence: Recurrence = r < 0.55 ? 'WEEKLY' : r < 0.92 ? 'MONTHLY_NTH' : 'BY_ARRANGEMENT';
  if (recurrence === 'WEEKLY') {
    const twice = rng.chance(0.12);
    const days = twice ? rng.sample([1, 2, 3, 4, 5], 2).sort() : [rng.int(1, 7)];
    return { recurrence, weekdays: days, intervalWeeks: rng.chance(0.25) ? 2 : 1, monthWeek: null };
  }
  if (recurrence === 'MONTHLY_NTH') {
    return { recurrence, weekdays: [rng.int(1, 7)], intervalWeeks: 1, monthWeek: rng.pick([1, 2, 3, 4, -1]) };
  }
  return { recurrence, weekdays: [], intervalWeeks: 1, monthWeek: null };
}

export function pickAttendance(rng: Rng): Attendance {
  const r = rng.next();
  return r < 0.55 ? 'IN_PERSON' : r < 0.75 ? 'ONLINE' : r < 0.83 ? 'PHONE' : 'HYBRID';
}

export function meetingFor(rng: Rng, town: SeedTown, slug: string, attendance: Attendance): MeetingSeed {
  const rec = pickRecurrence(rng);
  const [startTime, endTime] = rec.recurrence === 'BY_ARRANGEMENT' ? [null, null] : rng.pick(TIMES);
  const remote = attendance === 'ONLINE' || attendance === 'PHONE';
  const place = remote
    ? { venueName: null, addressLine1: null, town: null, region: 'ON', postalCode: null, latitude: null, longitude: null }
    : {
        venueName: rng.pick(VENUES),
        addressLine1: `${rng.int(10, 2400)} ${rng.pick(town.streets)}`,
        town: town.name,
        region: town.region,
        postalCode: `${rng.pick(town.postalPrefixes)} ${rng.int(1, 9)}${String.fromCharCode(65 + rng.int(0, 25))}${rng.int(1, 9)}`,
        // Scatter venues up to ~4 km around the town centre.
        latitude: Number((town.lat + (rng.next() - 0.5) * 0.06).toFixed(5)),
        longitude: Number((town.lng + (rng.next() - 0.5) * 0.08).toFixed(5)),
      };
  const online = attendance === 'ONLINE' || attendance === 'HYBRID';
  // An online meeting either shows its link or gives it on request, never neither.
  const linkShared = rng.chance(0.6);
  return buildMeeting({
    ...rec,
    startsOn: new Date(Date.UTC(2025, rng.int(0, 11), rng.int(1, 28))),
    startTime,
    endTime,
    timeZone: remote && rng.chance(0.15) ? rng.pick(REMOTE_ZONES) : 'America/Toronto',
    attendance,
    ...place,
    country: 'CA',
    onlineUrl: online && linkShared ? `https://meet.example.org/${slug}` : null,
    onlineOnRequest: online && !linkShared,
    dialIn: attendance === 'PHONE' ? `1-888-555-0${rng.int(100, 199)}, access code ${rng.int(100000, 999999)}` : null,
    dialInOnRequest: attendance === 'PHONE' && rng.chance(0.3),
    notes: rng.chance(0.2) ? 'Please call before your first visit.' : '',
  });
}

/** "Members speak Somali and English." for a group whose name does not already say it. */
function languageSentence(languages: string[]): string {
  if (languages.length === 1 && languages[0] === 'en') return '';
  return ` Members speak ${languages.map((l) => LANGUAGE_NAMES[l] ?? l).join(' and ')}.`;
}

export function generateGroup(rng: Rng, index: number, towns: SeedTown[], topicSlugs: string[]): GroupSeed {
  // Walk the topics in order first, so every topic gets groups.
  const topic = topicSlugs[index % topicSlugs.length] as string;
  const town = towns[Math.floor(index / topicSlugs.length + index) % towns.length] as SeedTown;
  const stem = rng.pick(NAME_STEMS[topic] ?? ['Peer Support Group']);
  const extras = STEM_EXTRAS[stem] ?? {};
  const attendance = pickAttendance(rng);
  const remote = attendance === 'ONLINE' || attendance === 'PHONE';
  // A group with no meeting place takes the province's name, not a town's.
  const name = `${remote ? 'Ontario' : town.name} ${stem}`;
  const slug = `${slugify(name)}-${index.toString(36)}`;
  const companions = COMPANION_TOPICS[topic] ?? [];
  const named = [topic, ...(extras.topics ?? [])];
  const topics = companions.length && rng.chance(0.5) ? [...named, rng.pick(companions)] : named;
  const meetings = [meetingFor(rng, town, slug, attendance)];
  if (rng.chance(0.2)) meetings.push(meetingFor(rng, town, slug, rng.chance(0.5) ? 'ONLINE' : attendance));
  const leadership = rng.pick([1, 1, 1, 2, 2, 3, 4, 5]);
  const costKind = rng.pick(['FREE', 'FREE', 'FREE', 'DONATION', 'FEE'] as const);
  const other = () => rng.pick(LANGUAGES.slice(1));
  const lang = extras.languages ?? (topic === 'ethnocultural' ? [other(), 'en'] : rng.chance(0.15) ? ['en', other()] : ['en']);
  const languages = [...new Set(lang)];
  const status = index % 37 === 5 ? 'DRAFT' : index % 41 === 7 ? 'PENDING_REVIEW' : index % 43 === 11 ? 'ARCHIVED' : 'PUBLISHED';
  const phoneArea = rng.pick(['416', '613', '905', '519', '705', '807']);
  return buildGroup({
    slug,
    name,
    summary: rng.pick(SUMMARY_OPENERS),
    description: rng.sample(DESCRIPTION_PARTS, 3).join(' ') + (extras.languages ? '' : languageSentence(languages)),
    whoMayAttend: rng.pick(['PEOPLE_WITH_CONCERN', 'FAMILY_AND_FRIENDS', 'BOTH', 'BOTH'] as const),
    leadership,
    languages,
    costKind,
    costDescription: costKind === 'DONATION' ? 'A voluntary donation of about $2 covers coffee.' : costKind === 'FEE' ? `$${rng.int(5, 20)} per meeting; no one is turned away for lack of money.` : '',
    accessibilityFeatures: remote ? [] : rng.sample(ACCESSIBILITY, rng.int(0, 3)),
    accessibilityNotes: rng.chance(0.1) ? 'Entrance at the side door; an elevator is available.' : '',
    phone: `${phoneArea}-555-01${pad(rng.int(100, 199) % 100)}`,
    email: rng.chance(0.6) ? `${slugify(stem).slice(0, 20)}@groups.example.org` : null,
    website: rng.chance(0.3) ? `https://${slugify(name).slice(0, 30)}.example.org` : null,
    privateContactName: 'Group facilitator (staff record)',
    privateContactPhone: `${phoneArea}-555-01${pad(rng.int(0, 99))}`,
    privateContactEmail: null,
    status,
    lastVerifiedAt: rng.chance(0.85) ? new Date(Date.UTC(2025, rng.int(0, 21), rng.int(1, 28))) : null,
    topicSlugs: [...new Set(topics)],
    meetings,
  });
}
