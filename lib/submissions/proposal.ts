// A public proposal and a listing, each in the other's terms: the correction
// form starts from the listing, and approval lays the proposal over the
// listing's editor values (or a blank one) so the editor's own validation
// and save run unchanged. Pure.
import { emptyGroupValues } from '../listings/editable.ts';
import type { GroupFormValues } from '../listings/schema.ts';
import { blankMeetingValues, type MeetingFormValues } from '../listings/meeting-schema.ts';
import type { Proposal, ProposalValues } from './schema.ts';

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
  meetings: {
    attendance: string; recurrence: string; weekdays: number[]; monthWeek: number | null; startTime: string | null; endTime: string | null;
    venueName: string | null; addressLine1: string | null; town: string | null; postalCode: string | null; onlineUrl: string | null;
  }[];
};

export function emptyProposalValues(): ProposalValues {
  return {
    name: '', summary: '', description: '', topicSlugs: [], whoMayAttend: 'BOTH', costKind: 'FREE', languages: 'English', phone: '',
    email: '', website: '', attendance: 'IN_PERSON', recurrence: 'WEEKLY', weekday: '', monthWeek: '', startTime: '', endTime: '',
    venueName: '', addressLine1: '', town: '', postalCode: '', onlineUrl: '',
  };
}

/** The correction form's starting values: the listing's public facts and its first meeting. */
export function proposalFromListing(g: ListingForProposal): ProposalValues {
  const m = g.meetings[0];
  return {
    ...emptyProposalValues(),
    name: g.name, summary: g.summary, description: g.description, topicSlugs: g.topics.map((t) => t.slug),
    whoMayAttend: g.whoMayAttend, costKind: g.costKind, languages: g.languages.join(', '), phone: g.phone ?? '',
    email: g.email ?? '', website: g.website ?? '',
    ...(m && {
      attendance: m.attendance, recurrence: m.recurrence, weekday: m.weekdays[0] ? String(m.weekdays[0]) : '',
      monthWeek: m.monthWeek === null ? '' : String(m.monthWeek), startTime: m.startTime ?? '', endTime: m.endTime ?? '',
      venueName: m.venueName ?? '', addressLine1: m.addressLine1 ?? '', town: m.town ?? '', postalCode: m.postalCode ?? '',
      onlineUrl: m.onlineUrl ?? '',
    }),
  };
}

/** Language words people type ("English, French") as the codes listings store. */
const LANGUAGE_WORDS: Record<string, string> = { english: 'en', french: 'fr', français: 'fr', spanish: 'es', punjabi: 'pa', chinese: 'zh', arabic: 'ar', somali: 'so', portuguese: 'pt', tagalog: 'tl', urdu: 'ur' };
function languageCodes(typed: string, fallback: string): string {
  const codes = typed.split(/[,/\n]| and /).map((w) => w.trim().toLowerCase()).filter(Boolean).map((w) => LANGUAGE_WORDS[w] ?? w);
  return codes.length > 0 ? [...new Set(codes)].join(', ') : fallback;
}

/** The public form names one day; a meeting on several keeps them unless that first day changed. */
function proposedWeekdays(saved: string[], day: string): string[] {
  if (!day) return [];
  return saved[0] === day ? saved : [day];
}

function applyMeeting(base: MeetingFormValues, p: Proposal): MeetingFormValues {
  const moved = base.town.trim() !== p.town.trim() || base.postalCode.trim() !== p.postalCode.trim();
  return {
    ...base,
    attendance: p.attendance, recurrence: p.recurrence, weekdays: proposedWeekdays(base.weekdays, p.weekday), monthWeek: p.monthWeek,
    startTime: p.startTime, endTime: p.endTime, venueName: p.venueName, addressLine1: p.addressLine1, town: p.town,
    postalCode: p.postalCode, onlineUrl: p.onlineUrl,
    // A new place is looked up again; an unchanged one keeps its coordinates.
    locationSource: moved || !base.latitude ? 'gazetteer' : base.locationSource,
  };
}

/**
 * The editor values after the proposal: group facts replaced, the first
 * meeting updated (or added), other meetings and staff-only fields kept.
 */
export function applyProposal(base: GroupFormValues | null, p: Proposal, topicIdBySlug: Map<string, string>, today: string): GroupFormValues {
  const start = base ?? { ...emptyGroupValues(), meetings: [] };
  const [first, ...rest] = start.meetings;
  return {
    ...start,
    name: p.name, summary: p.summary, description: p.description || p.summary, whoMayAttend: p.whoMayAttend, costKind: p.costKind,
    languages: languageCodes(p.languages, start.languages || 'en'), phone: p.phone, email: p.email, website: p.website,
    topicIds: p.topicSlugs.flatMap((s) => { const id = topicIdBySlug.get(s); return id ? [id] : []; }),
    meetings: [applyMeeting(first ?? blankMeetingValues(today), p), ...rest],
  };
}

/** A stored payload as form values, whatever it holds: known string fields are kept, the rest left empty. */
export function proposalValuesFromPayload(payload: unknown): ProposalValues {
  const out = emptyProposalValues();
  if (typeof payload !== 'object' || payload === null) return out;
  const record = payload as Record<string, unknown>;
  for (const key of Object.keys(out) as (keyof ProposalValues)[]) {
    const v = record[key];
    if (key === 'topicSlugs') out.topicSlugs = Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
    else if (typeof v === 'string') out[key] = v;
  }
  return out;
}
