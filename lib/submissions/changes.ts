// What a proposal changes in a listing, field by field, each change with a
// key staff tick to accept it (the same keys applyProposal reads). Values stay
// as stored (codes); the staff page puts them into words with the public
// pages' labels. Pure.
import type { Proposal, ProposalMeeting, ProposalMeetingField } from './schema.ts';

export type ListedMeeting = {
  id: string;
  attendance: string;
  recurrence: string;
  weekdays: number[];
  monthWeek: number | null;
  startTime: string | null;
  endTime: string | null;
  venueName: string | null;
  addressLine1: string | null;
  town: string | null;
  postalCode: string | null;
  onlineUrl: string | null;
};

export type ListingForProposal = {
  name: string;
  summary: string;
  description: string;
  topics: { slug: string }[];
  whoMayAttend: string;
  costKind: string;
  languages: string[];
  phone: string | null;
  email: string | null;
  website: string | null;
  meetings: ListedMeeting[];
};

export const GROUP_CHANGE_FIELDS = ['name', 'summary', 'description', 'topicSlugs', 'whoMayAttend', 'costKind', 'languages', 'phone', 'email', 'website'] as const;
export type GroupChangeField = (typeof GROUP_CHANGE_FIELDS)[number];

export const GROUP_FIELD_LABELS: Record<GroupChangeField, string> = {
  name: 'Name', summary: 'Summary', description: 'Description', topicSlugs: 'Topics', whoMayAttend: 'Who may attend', costKind: 'Cost',
  languages: 'Languages', phone: 'Public phone', email: 'Public email', website: 'Website',
};
export const MEETING_FIELD_LABELS: Record<ProposalMeetingField, string> = {
  attendance: 'How people attend', recurrence: 'How often', weekday: 'Day', monthWeek: 'Week of the month', startTime: 'Starts at',
  endTime: 'Ends at', venueName: 'Venue', addressLine1: 'Street address', town: 'Town', postalCode: 'Postal code', onlineUrl: 'Online link',
};

export type ProposalChange = { key: string; label: string; changed: boolean } & (
  | { kind: 'field'; field: GroupChangeField; before: string | string[]; after: string | string[] }
  | { kind: 'meeting-field'; meeting: number; field: ProposalMeetingField; before: string; after: string }
  | { kind: 'meeting-added'; after: ProposalMeeting }
  | { kind: 'meeting-removed'; meeting: number; before: ListedMeeting }
);

export const meetingChangeKey = (meetingId: string, field: string) => `meetings.${meetingId}.${field}`;
export const removeMeetingKey = (meetingId: string) => `meetings.${meetingId}.remove`;
export const newMeetingKey = (index: number) => `meetings.new-${index}`;

/** The listed meeting a proposal row is about: its id, the first one for old proposals, or null (new or gone). */
export function resolveMeetingRef(ref: string, listed: readonly { id: string }[]): string | null {
  if (ref === 'first') return listed[0]?.id || null;
  return ref && listed.some((m) => m.id === ref) ? ref : null;
}

function groupValue(g: ListingForProposal | null, field: GroupChangeField): string | string[] {
  if (!g) return field === 'topicSlugs' || field === 'languages' ? [] : '';
  if (field === 'topicSlugs') return g.topics.map((t) => t.slug);
  if (field === 'languages') return g.languages;
  return g[field] ?? '';
}

function meetingValue(m: ListedMeeting, field: ProposalMeetingField): string {
  if (field === 'weekday') return m.weekdays.join(',');
  if (field === 'monthWeek') return m.monthWeek === null ? '' : String(m.monthWeek);
  return m[field] ?? '';
}

const same = (a: string | string[], b: string | string[]) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join('\n') === [...b].sort().join('\n') : String(a).trim() === String(b).trim();

/** The meeting's one proposed day still matches when it is the first of the listed days (the others are kept). */
function sameMeetingValue(field: ProposalMeetingField, before: string, after: string): boolean {
  if (field === 'weekday') return (before.split(',')[0] ?? '') === after;
  return same(before, after);
}

/**
 * Every field the proposal speaks about, marked changed or not: group facts,
 * then each listed meeting it corrects or removes, then new meetings.
 * `missingMeetings` counts rows about meetings no longer on the listing.
 */
export function proposalChanges(listing: ListingForProposal | null, p: Proposal): { changes: ProposalChange[]; missingMeetings: number } {
  const changes: ProposalChange[] = GROUP_CHANGE_FIELDS.map((field) => {
    const before = groupValue(listing, field);
    const after = p[field];
    return { kind: 'field', key: field, label: GROUP_FIELD_LABELS[field], field, before, after, changed: !same(before, after) };
  });
  const listed = listing?.meetings ?? [];
  let missingMeetings = 0;
  const added: ProposalChange[] = [];
  p.meetings.forEach((pm, i) => {
    const id = resolveMeetingRef(pm.ref, listed);
    const at = id ? listed.findIndex((m) => m.id === id) : -1;
    const m = listed[at];
    if (!m) {
      if (pm.ref) missingMeetings += 1;
      else if (!pm.remove) added.push({ kind: 'meeting-added', key: newMeetingKey(i), label: `New meeting ${added.length + 1}`, after: pm, changed: true });
      return;
    }
    const n = at + 1;
    if (pm.remove) {
      changes.push({ kind: 'meeting-removed', key: removeMeetingKey(m.id), label: `Meeting ${n}: remove it`, meeting: n, before: m, changed: true });
      return;
    }
    for (const [field, label] of Object.entries(MEETING_FIELD_LABELS) as [ProposalMeetingField, string][]) {
      const before = meetingValue(m, field);
      const after = pm[field];
      changes.push({ kind: 'meeting-field', key: meetingChangeKey(m.id, field), label: `Meeting ${n}: ${label.toLowerCase()}`, meeting: n, field, before, after, changed: !sameMeetingValue(field, before, after) });
    }
  });
  return { changes: [...changes, ...added], missingMeetings };
}
