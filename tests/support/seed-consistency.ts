// Contradictions a reader would spot in a listing: a language named in its
// text but not tagged (or tagged but never mentioned), a topic its name
// announces but that it is not filed under, an online-only group with a
// street address, an in-person meeting with nowhere to go. Shared by the
// table's unit test and the integration test that walks the seeded database.
import { SEED_TOWNS } from '../../lib/geo/towns.ts';
import { haversineKm } from '../../lib/geo/gazetteer.ts';
import { LANGUAGE_WORDS, TOPIC_RULES } from './seed-consistency-rules.ts';

export type ListingMeeting = {
  attendance: 'IN_PERSON' | 'ONLINE' | 'PHONE' | 'HYBRID';
  recurrence: 'WEEKLY' | 'MONTHLY_NTH' | 'BY_ARRANGEMENT';
  startTime: string | null;
  endTime: string | null;
  venueName: string | null;
  addressLine1: string | null;
  addressLine2?: string | null;
  town: string | null;
  postalCode: string | null;
  latitude: number | null;
  longitude: number | null;
  onlineUrl: string | null;
  onlineOnRequest: boolean;
  dialIn: string | null;
  dialInOnRequest: boolean;
};

export type Listing = {
  name: string;
  summary: string;
  description: string;
  languages: string[];
  topics: string[];
  accessibilityFeatures: string[];
  meetings: ListingMeeting[];
};

/** Features of a room; a group with no room cannot offer them. */
const PHYSICAL_FEATURES = new Set(['wheelchair', 'accessible-washroom', 'hearing-loop', 'parking', 'transit', 'scent-free']);
/** Where a meeting in a room is; a remote meeting has none of these. */
const PLACE_FIELDS = ['venueName', 'addressLine1', 'addressLine2', 'town', 'postalCode', 'latitude', 'longitude'] as const;
/** What a visitor needs to find the room (a venue name and second line are optional). */
const NEEDED_PLACE_FIELDS = ['addressLine1', 'town', 'postalCode', 'latitude', 'longitude'] as const;
const isRemote = (m: ListingMeeting) => m.attendance === 'ONLINE' || m.attendance === 'PHONE';

// Curly apostrophes as straight ones, so "Men’s" and "Men's" read alike.
const plain = (s: string) => s.replace(/[’‘]/g, "'");

function languageProblems(g: Listing): string[] {
  const problems: string[] = [];
  const text = plain(`${g.name}\n${g.summary}\n${g.description}`);
  for (const [code, words] of Object.entries(LANGUAGE_WORDS)) {
    const named = words.test(text);
    if (named && !g.languages.includes(code)) problems.push(`names ${words.exec(text)?.[0]} but is not tagged "${code}"`);
    // English is assumed; any other language a group meets in must be said.
    if (!named && code !== 'en' && g.languages.includes(code)) problems.push(`is tagged "${code}" but never says it meets in that language`);
  }
  for (const code of g.languages) if (!(code in LANGUAGE_WORDS)) problems.push(`has a language code the check does not know: "${code}"`);
  return problems;
}

function topicProblems(g: Listing): string[] {
  const name = plain(g.name);
  const problems: string[] = [];
  for (const rule of TOPIC_RULES) {
    const hit = rule.words.exec(name);
    if (!hit || rule.unless?.test(name)) continue;
    if (!rule.anyOf.some((t) => g.topics.includes(t))) problems.push(`its name says "${hit[0]}" but it is not under ${rule.anyOf.join(' or ')}`);
  }
  return problems;
}

function meetingProblems(g: Listing): string[] {
  const problems: string[] = [];
  g.meetings.forEach((m, i) => {
    const at = `meeting ${i + 1} (${m.attendance})`;
    const filled = PLACE_FIELDS.filter((f) => m[f] != null);
    const missing = NEEDED_PLACE_FIELDS.filter((f) => m[f] == null);
    if (isRemote(m) && filled.length) problems.push(`${at} is remote but has ${filled.join(', ')}`);
    if (!isRemote(m) && missing.length) problems.push(`${at} meets in a room but lacks ${missing.join(', ')}`);
    const online = m.attendance === 'ONLINE' || m.attendance === 'HYBRID';
    if (online && !m.onlineUrl && !m.onlineOnRequest) problems.push(`${at} is online but gives no link and no "link on request"`);
    if (!online && m.onlineUrl) problems.push(`${at} is not online but has a meeting link`);
    if (m.attendance === 'PHONE' && !m.dialIn && !m.dialInOnRequest) problems.push(`${at} is by phone but gives no number and no "number on request"`);
    if (m.attendance !== 'PHONE' && m.dialIn) problems.push(`${at} is not by phone but has a dial-in number`);
    if (m.recurrence === 'BY_ARRANGEMENT' && (m.startTime || m.endTime)) problems.push(`${at} is by arrangement but has a time`);
    if (m.recurrence !== 'BY_ARRANGEMENT' && !(m.startTime && (!m.endTime || m.endTime > m.startTime))) problems.push(`${at} has no usable time`);
    if (m.town !== null && m.latitude !== null && m.longitude !== null) problems.push(...placeProblems(at, m.town, m.postalCode, m.latitude, m.longitude));
  });
  if (g.meetings.length === 0) problems.push('has no meetings');
  if (g.meetings.length && g.meetings.every(isRemote)) {
    const physical = g.accessibilityFeatures.filter((f) => PHYSICAL_FEATURES.has(f));
    if (physical.length) problems.push(`meets only online or by phone but lists room features: ${physical.join(', ')}`);
  }
  return problems;
}

/** The town is a real one, the postcode belongs to it and the point is near it. */
function placeProblems(at: string, townName: string, postalCode: string | null, lat: number, lng: number): string[] {
  const town = SEED_TOWNS.find((t) => t.name === townName);
  if (!town) return [`${at} is in ${townName}, which is not a seed town`];
  const problems: string[] = [];
  if (!town.postalPrefixes.some((p) => postalCode?.startsWith(p))) problems.push(`${at} has postcode ${postalCode}, not one of ${townName}'s`);
  const km = haversineKm({ lat, lng }, { lat: town.lat, lng: town.lng });
  if (km > 10) problems.push(`${at} is ${km.toFixed(1)} km from ${townName}`);
  return problems;
}

/** A town in the group's name is where it meets in person, and nowhere else. */
function townProblems(g: Listing): string[] {
  const named = SEED_TOWNS.filter((t) => g.name.includes(t.name.replace(/^Greater /, '')));
  const rooms = new Set(g.meetings.filter((m) => !isRemote(m)).map((m) => m.town));
  return named.flatMap((t) => (rooms.size === 1 && rooms.has(t.name) ? [] : [`its name says ${t.name} but it meets in person in ${[...rooms].join(', ') || 'no town'}`]));
}

/** Every contradiction found in one listing, as sentences; empty when it reads true. */
export function contradictions(g: Listing): string[] {
  return [...languageProblems(g), ...topicProblems(g), ...meetingProblems(g), ...townProblems(g)];
}

/** "Name: problem" lines for every listing that has any. */
export function contradictionReport(listings: Listing[]): string[] {
  return listings.flatMap((g) => contradictions(g).map((p) => `${g.name}: ${p}`));
}
