// One HSDS service → one listing record. The service keeps its id (the
// listing's externalId); each service_at_location with each of its
// schedules becomes a meeting; fields the directory has no room for are
// noted, never silently dropped.
import type { z } from 'zod';
import { lookupPlace } from '../../geo/gazetteer.ts';
import { blankMeetingValues, type MeetingFormValues } from '../../listings/meeting-schema.ts';
import { emptyRecord, type DocumentProblem, type GroupFields, type OrganizationFields, type ParsedUpload, type SourceRecord } from './types.ts';
import { MAX_RECORDS } from './limits.ts';
import { hsdsService, type HsdsLocation, type HsdsSchedule, type HsdsService } from './hsds-shapes.ts';
import { readHsdsSchedule } from './hsds-schedule.ts';
import { isUuid, ownOrganizationId } from '../ids.ts';
import { ATTENDING_TYPE, COST_OPTION, ELIGIBILITY } from '../vocabulary.ts';
import { ACCESSIBILITY_FEATURES } from '../../vocabulary/index.ts';

/** The directory's own words (vocabulary.ts) read back into its codes; other publishers' words match none. */
const codeFor = <K extends string>(words: Record<K, string>, said: string | null | undefined): K | undefined =>
  (Object.keys(words) as K[]).find((k) => words[k].toLowerCase() === (said ?? '').trim().toLowerCase());
const ACCESSIBILITY_CODE = new Map<string, string>(ACCESSIBILITY_FEATURES.map((f) => [f.label.toLowerCase(), f.code]));

const clip = (s: string, max: number, what: string, notes: string[]) => {
  if (s.length <= max) return s;
  notes.push(`${what} shortened to ${max} characters`);
  return `${s.slice(0, max - 1).trimEnd()}…`;
};

/** The description's first sentence, as the one-line summary results show. */
export function summaryFrom(description: string, name: string): string {
  const first = /^(.+?[.!?])(\s|$)/s.exec(description.trim())?.[1] ?? description.trim();
  const s = first.length >= 10 ? first : `${name}: ${description.trim()}`;
  return s.length <= 300 ? s : `${s.slice(0, 298).replace(/\s+\S*$/, '')}…`;
}

/** HSDS allows ISO 639-2/3 codes ("eng", "fra"); the directory keeps the short BCP 47 form ("en", "fr"). */
function languageTag(code: string, name: string, notes: string[]): string[] {
  try {
    const [tag] = Intl.getCanonicalLocales(code.trim());
    if (tag && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return [tag];
  } catch {
    // Not a language tag at all: noted below.
  }
  if (code.trim() || name.trim()) notes.push(`language “${code || name}” is not a language code such as en or fr: left out`);
  return [];
}

function organizationOf(s: HsdsService): OrganizationFields | null {
  const o = s.organization;
  const name = o?.name?.trim().slice(0, 200);
  if (!o || !name) return null;
  // A directory's listing that runs on its own is published as its own organization (decision 029): not a sponsor.
  if (o.id && isUuid(s.id) && o.id.toLowerCase() === ownOrganizationId(s.id.toLowerCase())) return null;
  const website = o.website?.trim() ?? '';
  const email = o.email?.trim() ?? '';
  return {
    name,
    description: (o.description ?? '').trim().slice(0, 2000),
    website: /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(website) && website.length <= 500 ? website : null,
    email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? email : null,
  };
}

function issuesToProblems(error: z.ZodError): string[] {
  return error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'the service'}: ${i.message}`);
}

function meetingAt(location: HsdsLocation | null | undefined, dialIn: string, today: string, notes: string[]): MeetingFormValues {
  const m = blankMeetingValues(today);
  if (!location) {
    notes.push('no location given: listed as online, with the link given on request');
    return { ...m, attendance: 'ONLINE', onlineOnRequest: true, locationSource: 'coordinates' };
  }
  if ((location.location_type ?? '').toLowerCase() === 'virtual') {
    // A virtual place with a dial-in and no link is a phone meeting (how this directory publishes one).
    if (dialIn && !location.url) return { ...m, attendance: 'PHONE', dialIn, locationSource: 'coordinates' };
    return { ...m, attendance: 'ONLINE', onlineUrl: location.url ?? '', onlineOnRequest: !location.url, dialIn, locationSource: 'coordinates' };
  }
  const addresses = location.addresses ?? [];
  const a = addresses.find((x) => (x.address_type ?? '') === 'physical') ?? addresses[0];
  const country = (a?.country ?? '').trim().toUpperCase();
  const lat = location.latitude;
  const lng = location.longitude;
  const onMap = typeof lat === 'number' && typeof lng === 'number' && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  const town = a?.city ?? '';
  const found = !onMap && [a?.postal_code, town].some((q) => q && lookupPlace(q)?.how === 'exact');
  if (!onMap && (lat !== null && lat !== undefined)) notes.push(`coordinates ${lat}, ${lng} are not a place on Earth; left out`);
  if (!onMap && !found) notes.push(`“${town || location.name || 'the location'}” is not in the directory’s gazetteer: not placed on the map`);
  return {
    ...m,
    // A physical place with an online link: people can join either way.
    attendance: location.url ? 'HYBRID' : 'IN_PERSON',
    onlineUrl: location.url ?? '',
    dialIn,
    venueName: location.name ?? '',
    addressLine1: a?.address_1 ?? '',
    addressLine2: a?.address_2 ?? '',
    town,
    region: a?.state_province ?? a?.region ?? '',
    postalCode: a?.postal_code ?? '',
    country: /^[A-Z]{2}$/.test(country) ? country : 'CA',
    locationSource: onMap || !found ? 'coordinates' : 'gazetteer',
    latitude: onMap ? String(lat) : '',
    longitude: onMap ? String(lng) : '',
  };
}

function meetingsOf(s: HsdsService, today: string, rec: SourceRecord) {
  const out: MeetingFormValues[] = [];
  const sals = s.service_at_locations ?? [];
  const add = (location: HsdsLocation | null | undefined, schedules: HsdsSchedule[], dialIn = '') => {
    const physical = location && (location.location_type ?? 'physical').toLowerCase() !== 'virtual';
    if (physical && !(location.addresses ?? []).some((a) => a.city?.trim() || a.postal_code?.trim())) {
      rec.notes.push(`location “${location.name ?? location.id ?? ''}” has no town or postal code: its meetings are left out`);
      return;
    }
    const place = meetingAt(location, dialIn, today, rec.notes);
    if (schedules.length === 0) out.push({ ...place, recurrence: 'BY_ARRANGEMENT' });
    for (const sc of schedules) {
      const read = readHsdsSchedule(sc, today);
      if (!read.ok) rec.problems.push(read.reason);
      else {
        rec.notes.push(...read.notes);
        // The schedule's notes; a publisher that writes none may say it in the description (this
        // directory always writes notes, its description only words the rule).
        const attendance = codeFor(ATTENDING_TYPE, sc.attending_type) ?? place.attendance;
        out.push({ ...place, ...read.fields, attendance, notes: (sc.notes ?? sc.description ?? '').slice(0, 1000) });
      }
    }
  };
  for (const sal of sals) {
    const schedules = sal.schedules?.length ? sal.schedules : sal.location?.schedules?.length ? sal.location.schedules : (s.schedules ?? []);
    add(sal.location, schedules, (sal.phones?.[0]?.number ?? '').trim().slice(0, 200));
  }
  if (sals.length === 0 && (s.schedules ?? []).length > 0) add(null, s.schedules ?? []);
  return out;
}

/**
 * HSDS has one description; this directory publishes its summary, a blank
 * line, then the description (vocabulary.ts), and reads that back. A first
 * paragraph too long for a summary, or a description of one paragraph,
 * gives the first sentence as the summary and keeps the whole text.
 */
function summaryAndDescription(text: string, name: string): [string, string] {
  const cut = text.indexOf('\n\n');
  const head = cut > 0 ? text.slice(0, cut).trim() : '';
  const rest = cut > 0 ? text.slice(cut + 2).trim() : '';
  if (head && rest && head.length <= 300 && !head.includes('\n')) return [head, rest];
  return [text ? summaryFrom(text, name) : '', text];
}

/** `raw` is anything found where a service should be; `ref` says where. */
export function recordFromHsdsService(raw: unknown, ref: string, today: string): SourceRecord {
  const parsed = hsdsService.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
    const rec = emptyRecord(ref, id);
    rec.fields.name = typeof (raw as { name?: unknown })?.name === 'string' ? (raw as { name: string }).name : '';
    rec.problems.push(...issuesToProblems(parsed.error));
    return rec;
  }
  const s = parsed.data;
  const rec = emptyRecord(ref, s.id);
  const name = (s.name ?? '').trim();
  if (!name) rec.problems.push('missing name');
  const [summary, description] = summaryAndDescription((s.description ?? '').trim(), name);
  const fields: Partial<GroupFields> = {
    name: clip(name, 120, 'name', rec.notes),
    summary,
    description: clip(description, 5000, 'description', rec.notes),
    website: s.url ?? '',
    email: s.email ?? '',
    phone: (s.phones?.[0]?.number ?? '').replace(/^"+|"+$/g, '').trim(),
  };
  const codes = (s.languages ?? []).flatMap((l) => languageTag(l.code ?? '', l.name ?? '', rec.notes));
  if (codes.length > 0) fields.languages = [...new Set(codes)].join(', ');
  const fee = (s.cost_options ?? []).some((c) => (c.amount ?? 0) > 0) || Boolean(s.fees_description?.trim());
  const said = (s.cost_options ?? []).flatMap((c) => codeFor(COST_OPTION, c.option) ?? []);
  if (fee || (s.cost_options ?? []).length > 0) {
    fields.costKind = said[0] ?? (fee ? 'FEE' : 'FREE');
    fields.costDescription = clip((s.fees_description ?? '').trim(), 200, 'cost details', rec.notes);
  }
  // The directory's own feature words become its features again; any other words become the notes.
  const accessibility = (s.service_at_locations ?? []).flatMap((x) => x.location?.accessibility ?? []);
  const features = accessibility.flatMap((a) => (!a.details && a.description ? (ACCESSIBILITY_CODE.get(a.description.trim().toLowerCase()) ?? []) : []));
  const access = accessibility.filter((a) => a.details || !ACCESSIBILITY_CODE.has((a.description ?? '').trim().toLowerCase())).map((a) => [a.description, a.details].filter(Boolean).join(' '));
  if (features.length > 0) fields.accessibilityFeatures = [...new Set(features)];
  if (access.length > 0) fields.accessibilityNotes = clip([...new Set(access)].join('\n'), 1000, 'accessibility notes', rec.notes);
  const who = codeFor(ELIGIBILITY, s.eligibility_description);
  if (who) fields.whoMayAttend = who;
  if ((s.phones ?? []).length > 1) rec.notes.push(`only the first of ${s.phones?.length} phone numbers is kept`);
  rec.fields = fields;
  rec.terms = (s.attributes ?? []).flatMap((a) => (a.taxonomy_term ? [{ code: a.taxonomy_term.code ?? '', name: a.taxonomy_term.name ?? '' }] : []));
  rec.organization = organizationOf(s);
  rec.meetings = meetingsOf(s, today, rec);
  rec.notes = [...new Set(rec.notes)];
  return rec;
}

const refWords = (ref: string, raw: unknown) => {
  const name = typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string' ? ` “${(raw as { name: string }).name.slice(0, 60)}”` : '';
  return `${ref}${name}`;
};

/** Every service found in a document or the tables, as records; `ref` says where each was. */
export function recordsFromServices(found: { raw: unknown; ref: string }[] | { problems: DocumentProblem[] }, format: 'hsds-json' | 'hsds-zip', today = new Date().toISOString().slice(0, 10)): ParsedUpload {
  if ('problems' in found) return { ok: false, problems: found.problems };
  if (found.length > MAX_RECORDS) return { ok: false, problems: [{ where: 'the file', reason: `It holds ${found.length} services; import at most ${MAX_RECORDS} at a time.` }] };
  const records: SourceRecord[] = found.map((f, i) => recordFromHsdsService(f.raw, `service ${i + 1} (${refWords(f.ref, f.raw)})`, today));
  return { ok: true, format, records, notes: [] };
}
