// The dry run's judgement of one record, pure: the editor's own schema
// decides what is valid, so an import can hold nothing the listing form
// would refuse. Reads of the database are passed in (plan-data.ts).
import { foldText } from '../../fold.ts';
import { emptyGroupValues, groupToFormValues, type EditableGroup } from '../../listings/editable.ts';
import { MAX_MEETING_ROWS, parseGroupForm, type GroupFormValues, type GroupInput } from '../../listings/schema.ts';
import type { MeetingFormValues } from '../../listings/meeting-schema.ts';
import { formulaProblem } from './cells.ts';
import { summaryFrom } from './hsds-map.ts';
import type { OrganizationFields, SourceRecord } from './types.ts';

export type PlanAction = 'create' | 'update' | 'unchanged' | 'reject';
export type PlanRow = { ref: string; name: string; externalId: string | null; action: PlanAction; reasons: string[]; notes: string[]; groupId: string | null };
export type PlannedRow = PlanRow & { input: GroupInput | null; version: number | null; newOrganization: OrganizationFields | null };
export type OrganizationRef = { id: string; name: string };
export type TopicRef = { id: string; slug: string; name: string };

const FIELD_WORDS: Record<string, string> = {
  name: 'name', summary: 'summary', description: 'description', languages: 'languages', costKind: 'cost', costDescription: 'cost details',
  phone: 'phone', email: 'email', website: 'website', accessibilityNotes: 'accessibility notes', startTime: 'start time', endTime: 'end time',
  weekdays: 'days', intervalWeeks: 'every N weeks', monthWeek: 'week of the month', startsOn: 'first date', timeZone: 'time zone',
  attendance: 'attendance', town: 'town', onlineUrl: 'online link', dialIn: 'dial-in', latitude: 'latitude', longitude: 'longitude', postalCode: 'postal code',
};

/** "meetings.0.startTime" → "meeting 1, start time". */
export function fieldWords(path: string): string {
  const m = /^meetings\.(\d+)\.(.+)$/.exec(path);
  if (m) return `meeting ${Number(m[1]) + 1}, ${FIELD_WORDS[m[2]!] ?? m[2]}`;
  return FIELD_WORDS[path] ?? path;
}

/** Every text a record would store, for the formula check. */
function textsOf(rec: SourceRecord): string[] {
  const meetingTexts = (rec.meetings ?? []).flatMap((m: MeetingFormValues) => [m.venueName, m.addressLine1, m.addressLine2, m.town, m.postalCode, m.onlineUrl, m.dialIn, m.notes, m.startTime, m.endTime]);
  const fieldTexts = Object.values(rec.fields).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : []));
  const org = rec.organization ? [rec.organization.name, rec.organization.description] : [];
  return [...fieldTexts, ...meetingTexts, ...org, ...rec.topics, ...(rec.externalId ? [rec.externalId] : [])];
}

export function formulaProblems(rec: SourceRecord): string[] {
  return [...new Set(textsOf(rec).flatMap((t) => formulaProblem(t) ?? []))];
}

/** Where a listing meets, for "same name and address": its street addresses with towns. */
export function addressKeys(meetings: { addressLine1: string | null; town: string | null }[]): string[] {
  return meetings.filter((m) => m.addressLine1?.trim()).map((m) => `${foldText(m.addressLine1 ?? '')}|${foldText(m.town ?? '')}`);
}

export function sameNameAndAddress(a: { name: string; addresses: string[] }, b: { name: string; addresses: string[] }): boolean {
  if (foldText(a.name) !== foldText(b.name)) return false;
  if (a.addresses.length === 0 && b.addresses.length === 0) return true;
  return a.addresses.some((x) => b.addresses.includes(x));
}

function matchTopics(rec: SourceRecord, topics: TopicRef[], reasons: string[], notes: string[]): string[] | null {
  const find = (s: string) => topics.find((t) => t.slug === s.trim().toLowerCase() || foldText(t.name) === foldText(s));
  const ids: string[] = [];
  for (const name of rec.topics) {
    const t = find(name);
    if (t) ids.push(t.id);
    else reasons.push(`unknown topic “${name}”`);
  }
  for (const term of rec.terms) {
    const t = find(term.code) ?? find(term.name);
    if (t) ids.push(t.id);
    else notes.push(`taxonomy term “${term.name || term.code}” is not one of the directory’s topics: left out`);
  }
  return rec.topics.length > 0 || ids.length > 0 ? [...new Set(ids)] : null;
}

/**
 * A listing's values as saved: a meeting saved without a map position stays
 * so (the editor would look its town up again, and an imported town outside
 * the gazetteer would then fail).
 */
function asSaved(v: GroupFormValues): GroupFormValues {
  return { ...v, meetings: v.meetings.map((m) => (m.latitude === '' ? { ...m, locationSource: 'coordinates' } : m)) };
}

const withoutMeetingIds = (g: GroupInput) => ({ ...g, slug: '', meetings: g.meetings.map((m) => ({ ...m, id: null })) });

/** One record against the listing with its id (if any); duplicates by name and address are checked by the caller. */
export function planRecord(rec: SourceRecord, existing: EditableGroup | null, topics: TopicRef[], organizations: OrganizationRef[] = []): PlannedRow {
  const reasons = [...rec.problems, ...formulaProblems(rec)];
  const notes = [...rec.notes];
  const topicIds = matchTopics(rec, topics, reasons, notes);
  const base: GroupFormValues = existing ? asSaved(groupToFormValues(existing)) : { ...emptyGroupValues(), meetings: [] };
  const values: GroupFormValues = { ...base, ...rec.fields, topicIds: topicIds ?? base.topicIds, meetings: rec.meetings ?? base.meetings };
  const org = rec.organization;
  const knownOrg = org ? organizations.find((o) => foldText(o.name) === foldText(org.name)) : undefined;
  if (knownOrg) values.organizationId = knownOrg.id;
  const newOrganization = org && !knownOrg ? org : null;
  if (newOrganization) notes.push(`organization “${newOrganization.name}” will be added to the directory`);
  if (!values.summary.trim() && values.description.trim()) {
    values.summary = summaryFrom(values.description, values.name);
    notes.push('summary taken from the description’s first sentence');
  }
  if (values.meetings.length > MAX_MEETING_ROWS) {
    reasons.push(`${values.meetings.length} meetings: a listing holds at most ${MAX_MEETING_ROWS}`);
    values.meetings = values.meetings.slice(0, MAX_MEETING_ROWS);
  }
  const parsed = parseGroupForm(values);
  if (!parsed.success) {
    for (const [path, messages] of Object.entries(parsed.fieldErrors)) for (const m of messages) reasons.push(`${fieldWords(path)}: ${m}`);
  }
  const row: PlannedRow = {
    ref: rec.ref, name: values.name || '(no name)', externalId: rec.externalId, reasons: [...new Set(reasons)], notes: [...new Set(notes)],
    action: 'create', groupId: existing?.id ?? null, input: null, version: existing?.version ?? null, newOrganization,
  };
  if (row.reasons.length > 0 || !parsed.success) return { ...row, action: 'reject' };
  if (!existing) return { ...row, input: parsed.data };
  const now = parseGroupForm(base);
  const same = !newOrganization && now.success && JSON.stringify(withoutMeetingIds(now.data)) === JSON.stringify(withoutMeetingIds(parsed.data));
  return { ...row, action: same ? 'unchanged' : 'update', input: { ...parsed.data, slug: existing.slug } };
}
