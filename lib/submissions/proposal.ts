// A public proposal and a listing, each in the other's terms: the correction
// form starts from the listing (every meeting), and approval lays the
// accepted part of the proposal over the listing's editor values (or a blank
// one) so the editor's own validation and save run unchanged. Pure.
import { emptyGroupValues } from '../listings/editable.ts';
import type { GroupFormValues } from '../listings/schema.ts';
import { blankMeetingValues, type MeetingFormValues } from '../listings/meeting-schema.ts';
import { blankProposalMeeting, upgradeStoredPayload, PROPOSAL_MEETING_FIELDS, type Proposal, type ProposalMeeting, type ProposalMeetingValues, type ProposalValues } from './schema.ts';
import { GROUP_CHANGE_FIELDS, meetingChangeKey, newMeetingKey, removeMeetingKey, resolveMeetingRef, type ListingForProposal, type ListedMeeting } from './changes.ts';

export type { ListingForProposal };

export function emptyProposalValues(): ProposalValues {
  return {
    name: '', summary: '', description: '', topicSlugs: [], whoMayAttend: 'BOTH', costKind: 'FREE', languages: ['en'], phone: '',
    email: '', website: '', meetings: [],
  };
}

/** A listed meeting in the public form's terms (one day: the form names one). */
export function proposalMeetingFromListing(m: ListedMeeting): ProposalMeetingValues {
  return {
    ref: m.id, remove: false, attendance: m.attendance, recurrence: m.recurrence, weekday: m.weekdays[0] ? String(m.weekdays[0]) : '',
    monthWeek: m.monthWeek === null ? '' : String(m.monthWeek), startTime: m.startTime ?? '', endTime: m.endTime ?? '',
    venueName: m.venueName ?? '', addressLine1: m.addressLine1 ?? '', town: m.town ?? '', postalCode: m.postalCode ?? '', onlineUrl: m.onlineUrl ?? '',
  };
}

/** The correction form's starting values: the listing's public facts and every meeting. */
export function proposalFromListing(g: ListingForProposal): ProposalValues {
  return {
    name: g.name, summary: g.summary, description: g.description, topicSlugs: g.topics.map((t) => t.slug),
    whoMayAttend: g.whoMayAttend, costKind: g.costKind, languages: [...g.languages], phone: g.phone ?? '',
    email: g.email ?? '', website: g.website ?? '', meetings: g.meetings.map(proposalMeetingFromListing),
  };
}

/** The public form names one day; a meeting on several keeps them unless that first day changed. */
function proposedWeekdays(saved: string[], day: string): string[] {
  if (!day) return [];
  return saved[0] === day ? saved : [day];
}

const MEETING_TO_EDITOR: Record<(typeof PROPOSAL_MEETING_FIELDS)[number], (base: MeetingFormValues, p: ProposalMeeting) => Partial<MeetingFormValues>> = {
  attendance: (_, p) => ({ attendance: p.attendance }),
  recurrence: (_, p) => ({ recurrence: p.recurrence }),
  weekday: (b, p) => ({ weekdays: proposedWeekdays(b.weekdays, p.weekday) }),
  monthWeek: (_, p) => ({ monthWeek: p.monthWeek }),
  startTime: (_, p) => ({ startTime: p.startTime }),
  endTime: (_, p) => ({ endTime: p.endTime }),
  venueName: (_, p) => ({ venueName: p.venueName }),
  addressLine1: (_, p) => ({ addressLine1: p.addressLine1 }),
  // A new place is looked up again; an unchanged one keeps its coordinates.
  town: (b, p) => ({ town: p.town, ...(b.town.trim() !== p.town.trim() && { locationSource: 'gazetteer' }) }),
  postalCode: (b, p) => ({ postalCode: p.postalCode, ...(b.postalCode.trim() !== p.postalCode.trim() && { locationSource: 'gazetteer' }) }),
  onlineUrl: (_, p) => ({ onlineUrl: p.onlineUrl }),
};

function applyMeetingFields(base: MeetingFormValues, p: ProposalMeeting, take: (field: (typeof PROPOSAL_MEETING_FIELDS)[number]) => boolean): MeetingFormValues {
  let out = base;
  for (const field of PROPOSAL_MEETING_FIELDS) if (take(field)) out = { ...out, ...MEETING_TO_EDITOR[field](out, p) };
  if (!out.latitude) out = { ...out, locationSource: 'gazetteer' };
  return out;
}

export type Accepted = 'all' | ReadonlySet<string>;

/**
 * The editor values after the accepted part of the proposal: accepted group
 * facts replaced, accepted fields of each meeting changed, accepted removals
 * and new meetings made; everything else, and staff-only fields, kept.
 */
export function applyProposal(base: GroupFormValues | null, p: Proposal, topicIdBySlug: Map<string, string>, today: string, accepted: Accepted = 'all'): GroupFormValues {
  const takes = (key: string) => accepted === 'all' || accepted.has(key);
  const start = base ?? { ...emptyGroupValues(), meetings: [] };
  const out: GroupFormValues = { ...start };
  for (const field of GROUP_CHANGE_FIELDS) {
    if (!takes(field)) continue;
    if (field === 'topicSlugs') out.topicIds = p.topicSlugs.flatMap((s) => { const id = topicIdBySlug.get(s); return id ? [id] : []; });
    else if (field === 'languages') out.languages = p.languages.join(', ');
    else out[field] = p[field];
  }
  // The editor needs a description; a proposal without one leans on its summary.
  if (!out.description.trim()) out.description = out.summary;
  const listed = start.meetings.map((m) => ({ id: m.id }));
  const meetings = start.meetings.map((m) => ({ ...m }));
  p.meetings.forEach((pm, i) => {
    const id = resolveMeetingRef(pm.ref, listed);
    const at = id ? meetings.findIndex((m) => m.id === id) : -1;
    if (at >= 0) {
      const current = meetings[at]!;
      if (pm.remove) meetings[at] = { ...current, remove: takes(removeMeetingKey(id!)) };
      else meetings[at] = applyMeetingFields(current, pm, (field) => takes(meetingChangeKey(id!, field)));
    } else if (!pm.ref && !pm.remove && takes(newMeetingKey(i))) {
      meetings.push(applyMeetingFields(blankMeetingValues(today), pm, () => true));
    }
  });
  out.meetings = meetings;
  return out;
}

/** A stored payload as form values, whatever it holds: known fields are kept, the rest left empty. */
export function proposalValuesFromPayload(payload: unknown): ProposalValues {
  const out = emptyProposalValues();
  const upgraded = upgradeStoredPayload(payload);
  if (typeof upgraded !== 'object' || upgraded === null) return out;
  const record = upgraded as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  for (const key of ['name', 'summary', 'description', 'whoMayAttend', 'costKind', 'phone', 'email', 'website'] as const) {
    const v = record[key];
    if (typeof v === 'string') out[key] = v;
  }
  out.topicSlugs = strings(record.topicSlugs);
  out.languages = strings(record.languages);
  out.meetings = (Array.isArray(record.meetings) ? record.meetings : []).map((m: unknown) => {
    const row = blankProposalMeeting();
    if (typeof m !== 'object' || m === null) return row;
    const r = m as Record<string, unknown>;
    for (const key of ['ref', ...PROPOSAL_MEETING_FIELDS] as const) if (typeof r[key] === 'string') row[key] = r[key] as string;
    row.remove = r.remove === true;
    return row;
  });
  return out;
}
