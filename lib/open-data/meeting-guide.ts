// The Meeting Guide JSON feed (code4recovery's specification): one entry
// per weekly meeting, so meeting-finder apps can list the groups. The format
// knows only weekly meetings, so a meeting every other week or on the nth
// weekday of a month is left out (the Open data page says so); a meeting by
// arrangement is listed without day and time, as the format allows. Pure.
import { meetsInPerson, meetsOnline } from '../listings/meeting-place.ts';
import { normalizeWeekdays } from '../schedule/pattern.ts';
import { webUrl } from './hsds-common.ts';
import { type MappingContext, type OpenGroup, type OpenMeeting, groupPageUrl, lastModified } from './source.ts';

export type MeetingGuideEntry = { [key: string]: string | number | number[] | string[] | undefined };

/** Language tags to the specification's type codes (only codes it defines). */
const LANGUAGE_TYPES: Record<string, string> = {
  af: 'AF', am: 'AM', ar: 'AR', bg: 'BG', da: 'DA', de: 'DE', el: 'EL', en: 'EN', fa: 'FA', fi: 'FI', fr: 'FR', he: 'HE',
  hi: 'HI', hr: 'HR', hu: 'HU', is: 'IS', it: 'ITA', ja: 'JA', ka: 'KA', ko: 'KOR', lt: 'LT', ml: 'ML', mt: 'MT', ne: 'NE',
  nl: 'NL', no: 'NO', pa: 'PUN', pl: 'POL', pt: 'POR', ru: 'RUS', es: 'S', sk: 'SK', sl: 'SL', sv: 'SV', th: 'TH', tl: 'TL',
  tr: 'TUR', uk: 'UK',
};

/** The directory's accessibility codes that the specification has a type for. */
const ACCESS_TYPES: Record<string, string> = { wheelchair: 'X', 'accessible-washroom': 'XB', 'scent-free': 'FF', asl: 'ASL' };

/** Topics whose meetings are for one group of people. */
const TOPIC_TYPES: Record<string, string> = { women: 'W', men: 'M', youth: 'Y', seniors: 'SEN' };

/** Every type code this feed can use: the tests check each is in the specification. */
export const MEETING_GUIDE_TYPES_USED = ['O', 'C', ...Object.values(LANGUAGE_TYPES), ...Object.values(ACCESS_TYPES), ...Object.values(TOPIC_TYPES)];

export function meetingTypes(g: OpenGroup, m: OpenMeeting): string[] {
  const types = new Set<string>();
  // Closed: only for people who have the concern; open: anyone interested may come.
  if (g.whoMayAttend === 'PEOPLE_WITH_CONCERN') types.add('C');
  if (g.whoMayAttend === 'BOTH') types.add('O');
  for (const tag of g.languages) {
    const code = LANGUAGE_TYPES[tag.toLowerCase().split('-')[0] ?? ''];
    if (code) types.add(code);
  }
  const add = (code: string | undefined) => code && types.add(code);
  if (meetsInPerson(m.attendance)) for (const f of g.accessibilityFeatures) add(ACCESS_TYPES[f]);
  for (const t of g.topics) add(TOPIC_TYPES[t.slug]);
  return [...types].sort();
}

/** Weekly in the format's sense: every week on fixed days, or by arrangement. */
export function fitsMeetingGuide(m: OpenMeeting): boolean {
  if (m.recurrence === 'BY_ARRANGEMENT') return true;
  return m.recurrence === 'WEEKLY' && m.intervalWeeks <= 1 && normalizeWeekdays(m.weekdays).length > 0 && Boolean(m.startTime);
}

/** "YYYY-MM-DD HH:MM:SS" in UTC, the format's `updated`. */
const updatedStamp = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');

/**
 * Digits, and + , * # only, as the format asks of conference_phone; an
 * extension ("ext. 42", "x42") follows two pauses, as one-tap links dial it.
 */
export function dialable(phone: string): string {
  const [number = '', extension = ''] = phone.split(/\s*(?:extension|ext\.?|x)\s*/i);
  const main = number.replace(/[^0-9+,*#]/g, '');
  const ext = extension.replace(/[^0-9*#]/g, '');
  return ext ? `${main},,${ext}` : main;
}

const round5 = (n: number) => Math.round(n * 100_000) / 100_000;

/** "+1-800-555-0199": the format wants a North American number with its country code. */
export function entityPhone(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  return national.length === 10 ? `+1-${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}` : undefined;
}

/** The entity fields: the clearinghouse that keeps the listings. */
export type Entity = { name: string; phone: string; siteUrl: string };

export function meetingGuideFeed(groups: OpenGroup[], entity: Entity, ctx: MappingContext): MeetingGuideEntry[] {
  const slugs = new Set<string>();
  const entries: MeetingGuideEntry[] = [];
  for (const g of groups) {
    g.meetings.forEach((m, index) => {
      if (!fitsMeetingGuide(m)) return;
      // Unique, URL-safe and at most 64 characters.
      let slug = `${g.slug.slice(0, 56)}-${index + 1}`;
      for (let n = 2; slugs.has(slug); n++) slug = `${g.slug.slice(0, 50)}-${index + 1}-${n}`;
      slugs.add(slug);
      entries.push(entry(g, m, slug, entity, ctx));
    });
  }
  return entries;
}

function entry(g: OpenGroup, m: OpenMeeting, slug: string, entity: Entity, ctx: MappingContext): MeetingGuideEntry {
  const inPerson = meetsInPerson(m.attendance);
  const online = meetsOnline(m.attendance);
  const days = normalizeWeekdays(m.weekdays).map((d) => d % 7); // ISO 7 (Sunday) is the format's 0
  const timed = m.recurrence === 'WEEKLY';
  const hasStreet = inPerson && Boolean(m.addressLine1 && m.town);
  const hasPoint = m.latitude !== null && m.longitude !== null && Number.isFinite(m.latitude) && Number.isFinite(m.longitude);
  const dialIn = m.dialIn && !m.dialInOnRequest ? dialable(m.dialIn) : '';
  const onRequest = [online && m.onlineOnRequest ? 'The online link is given when you contact the group.' : '', m.dialIn && m.dialInOnRequest ? 'The dial-in number is given when you contact the group.' : '']
    .filter(Boolean)
    .join(' ');
  const https = (url: string) => (url.startsWith('https://') ? url : undefined);
  const e: MeetingGuideEntry = {
    name: g.name.slice(0, 255),
    slug,
    day: timed ? (days.length === 1 ? days[0] : days) : undefined,
    time: timed ? (m.startTime ?? undefined) : undefined,
    end_time: timed ? (m.endTime ?? undefined) : undefined,
    timezone: m.timeZone,
    types: meetingTypes(g, m),
    notes: [m.notes.trim(), onRequest].filter(Boolean).join('\n') || undefined,
    location: inPerson ? (m.venueName ?? undefined) : undefined,
    address: hasStreet ? [m.addressLine1, m.addressLine2].filter(Boolean).join(', ') : undefined,
    city: m.town ?? undefined,
    state: m.region ?? undefined,
    postal_code: hasStreet ? (m.postalCode ?? undefined) : undefined,
    country: m.country,
    approximate: hasStreet ? 'no' : 'yes',
    latitude: hasPoint && inPerson ? round5(m.latitude!) : undefined,
    longitude: hasPoint && inPerson ? round5(m.longitude!) : undefined,
    conference_url: online && !m.onlineOnRequest ? webUrl(m.onlineUrl) : undefined,
    conference_phone: dialIn || undefined,
    updated: updatedStamp(lastModified(g)),
    url: groupPageUrl(ctx, g.slug),
    group: g.name,
    group_notes: g.summary,
    entity: entity.name,
    entity_phone: entityPhone(entity.phone),
    entity_website_url: https(entity.siteUrl),
    feedback_url: new URL(`/list-your-group?group=${encodeURIComponent(g.slug)}`, ctx.siteUrl).toString(),
  };
  return Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined && v !== '')) as MeetingGuideEntry;
}
