// The public "List your group" form: a new group, a correction to a listing,
// or a problem report. The proposal is a subset of the listing editor's
// fields (one meeting); staff turn it into a listing on approval.
import { z } from 'zod';
import { fieldErrorsFrom, type FieldErrors } from '../forms/field-errors.ts';
import { text, list, flag } from '../forms/form-values.ts';
import { readable, UNREADABLE_TEXT } from '../forms/readable-text.ts';
import { couldBeSlug } from '../slug.ts';
import { WHO_MAY_ATTEND, webAddress } from '../listings/schema.ts';
import { COST_KINDS } from '../vocabulary/index.ts';
import { ATTENDANCES, RECURRENCES, MONTH_WEEKS } from '../listings/meeting-schema.ts';

export const SUBMISSION_KINDS = ['NEW_GROUP', 'UPDATE', 'PROBLEM_REPORT'] as const;
export type SubmissionKindValue = (typeof SUBMISSION_KINDS)[number];
/** Bigger posts are refused before parsing. */
export const MAX_SUBMISSION_BYTES = 32 * 1024;

/** One meeting as the public form shows it: `ref` is the listed meeting's id ('' for a new one). */
export type ProposalMeetingValues = {
  ref: string;
  remove: boolean;
  attendance: string;
  recurrence: string;
  weekday: string;
  monthWeek: string;
  startTime: string;
  endTime: string;
  venueName: string;
  addressLine1: string;
  town: string;
  postalCode: string;
  onlineUrl: string;
};
export const PROPOSAL_MEETING_FIELDS = ['attendance', 'recurrence', 'weekday', 'monthWeek', 'startTime', 'endTime', 'venueName', 'addressLine1', 'town', 'postalCode', 'onlineUrl'] as const;
export type ProposalMeetingField = (typeof PROPOSAL_MEETING_FIELDS)[number];
export const MAX_PROPOSAL_MEETINGS = 12;

export type ProposalValues = {
  name: string;
  summary: string;
  description: string;
  topicSlugs: string[];
  whoMayAttend: string;
  costKind: string;
  /** Language tags ("en", "fr"), chosen by name on the form. */
  languages: string[];
  phone: string;
  email: string;
  website: string;
  meetings: ProposalMeetingValues[];
};

export type SubmissionFormValues = {
  kind: string;
  groupSlug: string;
  idempotencyKey: string;
  /** Honeypot: hidden from people, filled by bots. */
  homepage: string;
  submitterName: string;
  submitterEmail: string;
  message: string;
  proposal: ProposalValues;
};

export function blankProposalMeeting(): ProposalMeetingValues {
  return { ref: '', remove: false, attendance: 'IN_PERSON', recurrence: 'WEEKLY', weekday: '', monthWeek: '', startTime: '', endTime: '', venueName: '', addressLine1: '', town: '', postalCode: '', onlineUrl: '' };
}

/** A new row with nothing typed: the spare row the form always offers. */
export function isBlankProposalMeeting(m: ProposalMeetingValues): boolean {
  return m.ref === '' && [m.weekday, m.startTime, m.endTime, m.venueName, m.addressLine1, m.town, m.postalCode, m.onlineUrl].every((s) => s.trim() === '');
}

function readProposalMeeting(form: FormData, i: number): ProposalMeetingValues {
  const t = (n: string, max = 300) => text(form, `meetings.${i}.${n}`, max);
  return {
    ref: t('ref', 40), remove: flag(form, `meetings.${i}.remove`), attendance: t('attendance', 20), recurrence: t('recurrence', 20),
    weekday: t('weekday', 2), monthWeek: t('monthWeek', 3), startTime: t('startTime', 5), endTime: t('endTime', 5),
    venueName: t('venueName'), addressLine1: t('addressLine1'), town: t('town', 200), postalCode: t('postalCode', 20), onlineUrl: t('onlineUrl', 600),
  };
}

export function readProposalValues(form: FormData): ProposalValues {
  const t = (n: string, max = 500) => text(form, n, max);
  const rows = Math.min(Number(t('meetingRows', 3)) || 0, MAX_PROPOSAL_MEETINGS + 1);
  return {
    name: t('name', 200), summary: t('summary'), description: t('description', 5000), topicSlugs: list(form, 'topicSlugs', 30),
    whoMayAttend: t('whoMayAttend', 40), costKind: t('costKind', 20), languages: list(form, 'languages', 20), phone: t('phone', 60),
    email: t('email', 300), website: t('website', 600),
    // Spare rows left empty are dropped here, so error paths match the rows shown again.
    meetings: Array.from({ length: rows }, (_, i) => readProposalMeeting(form, i)).filter((m) => !isBlankProposalMeeting(m)),
  };
}

/**
 * The values after "Add another meeting": a filled spare row is already one
 * of the meetings (the form adds a new spare); an empty one is kept as an
 * empty row, so there are two to fill.
 */
export function withAnotherMeetingRow(p: ProposalValues, form: FormData): ProposalValues {
  const posted = Math.min(Number(text(form, 'meetingRows', 3)) || 0, MAX_PROPOSAL_MEETINGS + 1);
  if (p.meetings.length >= posted || p.meetings.length >= MAX_PROPOSAL_MEETINGS - 1) return p;
  return { ...p, meetings: [...p.meetings, blankProposalMeeting()] };
}

export function readSubmissionValues(form: FormData): SubmissionFormValues {
  return {
    kind: text(form, 'kind', 20), groupSlug: text(form, 'group', 100), idempotencyKey: text(form, 'idempotencyKey', 100),
    homepage: text(form, 'homepage', 200), submitterName: text(form, 'submitterName', 200), submitterEmail: text(form, 'submitterEmail', 300),
    message: text(form, 'message', 4000), proposal: readProposalValues(form),
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const optional = (max: number, opts: { multiline?: boolean } = {}) => z.string().trim().max(max, `Keep this to ${max} characters or fewer.`).refine(readable(opts), UNREADABLE_TEXT);
const contactEmail = z.string().trim().refine((s) => s === '' || z.email().safeParse(s).success, 'Enter an email address like name@example.org.');

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** A listed meeting's id, or '' for a new one ('first' in proposals kept before every meeting could be corrected). */
const MEETING_REF = /^(|first|[a-z0-9]{10,40})$/;

export const proposalMeetingSchema = z
  .object({
    ref: z.string().regex(MEETING_REF, 'This meeting is no longer listed; reload the page.'),
    remove: z.boolean(),
    attendance: z.enum(ATTENDANCES, { error: 'Choose how people attend.' }),
    recurrence: z.enum(RECURRENCES, { error: 'Choose how often it meets.' }),
    weekday: z.string().refine((s) => s === '' || /^[1-7]$/.test(s), 'Choose a day.'),
    monthWeek: z.string().refine((s) => s === '' || (MONTH_WEEKS as readonly string[]).includes(s), 'Choose a week of the month.'),
    startTime: z.string().trim().refine((s) => s === '' || TIME.test(s), 'Enter the time as HH:MM, e.g. 19:00.'),
    endTime: z.string().trim().refine((s) => s === '' || TIME.test(s), 'Enter the time as HH:MM, e.g. 20:30.'),
    venueName: optional(200),
    addressLine1: optional(200),
    town: optional(120),
    postalCode: optional(10),
    onlineUrl: webAddress.transform((s) => s ?? ''),
  })
  .superRefine((m, ctx) => {
    // A meeting being removed needs nothing else right.
    if (m.remove) return;
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (m.recurrence !== 'BY_ARRANGEMENT') {
      if (!m.weekday) issue('weekday', 'Choose the day it meets.');
      if (!m.startTime) issue('startTime', 'Enter the start time, e.g. 19:00.');
      if (m.startTime && m.endTime && TIME.test(m.startTime) && TIME.test(m.endTime) && m.endTime <= m.startTime) issue('endTime', 'The end time must be after the start time.');
    }
    if (m.recurrence === 'MONTHLY_NTH' && !m.monthWeek) issue('monthWeek', 'Choose which week of the month.');
    if ((m.attendance === 'IN_PERSON' || m.attendance === 'HYBRID') && !m.town) issue('town', 'Enter the town where it meets.');
  });
export type ProposalMeeting = z.output<typeof proposalMeetingSchema>;

export const proposalSchema = z
  .object({
    name: z.string().trim().min(3, 'Enter the group’s name.').max(120, 'Keep the name to 120 characters or fewer.').refine(readable(), UNREADABLE_TEXT),
    summary: z.string().trim().min(10, 'In one sentence, who is the group for?').max(300, 'Keep the summary to 300 characters or fewer.').refine(readable(), UNREADABLE_TEXT),
    description: optional(3000, { multiline: true }),
    topicSlugs: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/)).max(10, 'Choose up to 10 topics.'),
    whoMayAttend: z.enum(WHO_MAY_ATTEND, { error: 'Choose who may attend.' }),
    costKind: z.enum(COST_KINDS, { error: 'Choose what it costs.' }),
    languages: z
      .array(z.string().regex(LANGUAGE_TAG, 'Choose languages from the list.'))
      .min(1, 'Choose at least one language the group meets in.')
      .max(10, 'Choose up to 10 languages.')
      .transform((a) => [...new Set(a)]),
    phone: optional(40),
    email: contactEmail,
    website: webAddress.transform((s) => s ?? ''),
    meetings: z.array(proposalMeetingSchema).max(MAX_PROPOSAL_MEETINGS, `List up to ${MAX_PROPOSAL_MEETINGS} meetings; tell us about more in the message.`),
  })
  .superRefine((p, ctx) => {
    if (!p.meetings.some((m) => !m.remove)) {
      ctx.addIssue({ code: 'custom', path: ['meetings'], message: 'Keep or add at least one meeting. If the group has stopped meeting, report a problem instead.' });
    }
    const refs = p.meetings.map((m) => m.ref).filter(Boolean);
    if (new Set(refs).size !== refs.length) ctx.addIssue({ code: 'custom', path: ['meetings'], message: 'This form is out of date; reload the page.' });
  });
export type Proposal = z.output<typeof proposalSchema>;

const submissionBase = z.object({
  kind: z.enum(SUBMISSION_KINDS, { error: 'This form is out of date; reload the page.' }),
  groupSlug: z.string().trim().refine((s) => s === '' || couldBeSlug(s), 'Choose the listing this is about.'),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'This form is out of date; reload the page.'),
  submitterName: z.string().trim().min(1, 'Enter your name.').max(120, 'Keep your name to 120 characters or fewer.').refine(readable(), UNREADABLE_TEXT),
  submitterEmail: z.email('Enter your email address, so we can tell you what happened.').max(254),
  message: z.string().trim().max(3000, 'Keep the message to 3,000 characters or fewer.').refine(readable({ multiline: true }), UNREADABLE_TEXT),
});

export type SubmissionInput = z.output<typeof submissionBase> & { proposal: Proposal | null };

export function parseSubmission(v: SubmissionFormValues): { ok: true; input: SubmissionInput } | { ok: false; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  const base = submissionBase.safeParse({ ...v, submitterEmail: v.submitterEmail.trim() });
  if (!base.success) fieldErrorsFrom(base.error, { into: fieldErrors });
  // The kind comes from the page, not the visitor: read it even when other base fields fail, so every message shows at once.
  const kind = (SUBMISSION_KINDS as readonly string[]).includes(v.kind) ? (v.kind as SubmissionKindValue) : null;
  if (kind !== 'NEW_GROUP' && !v.groupSlug.trim()) fieldErrors.groupSlug = ['Choose the listing this is about.'];
  if (kind === 'PROBLEM_REPORT' && !v.message.trim()) fieldErrors.message = ['Tell us what is wrong with the listing.'];
  let proposal: Proposal | null = null;
  if (kind && kind !== 'PROBLEM_REPORT') {
    const p = proposalSchema.safeParse(v.proposal);
    if (p.success) proposal = p.data;
    else fieldErrorsFrom(p.error, { into: fieldErrors });
  }
  if (!base.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, input: { ...base.data, proposal } };
}

/** Language words typed into the old form ("English, French") as tags. */
const LANGUAGE_WORDS: Record<string, string> = { english: 'en', french: 'fr', français: 'fr', spanish: 'es', punjabi: 'pa', chinese: 'zh', arabic: 'ar', somali: 'so', portuguese: 'pt', tagalog: 'tl', urdu: 'ur' };

/**
 * Proposals kept before the form covered every meeting held one meeting's
 * fields flat and languages as typed words; they read as a correction to the
 * first meeting, so a submission waiting in the queue still opens.
 */
export function upgradeStoredPayload(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload) || 'meetings' in payload) return payload;
  const r = payload as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : '');
  const words = str('languages').split(/[,/\n]| and /).map((w) => w.trim().toLowerCase()).filter(Boolean);
  const meeting = Object.fromEntries(PROPOSAL_MEETING_FIELDS.map((k) => [k, str(k)]));
  return {
    ...Object.fromEntries(Object.entries(r).filter(([k]) => !(PROPOSAL_MEETING_FIELDS as readonly string[]).includes(k))),
    languages: [...new Set(words.map((w) => LANGUAGE_WORDS[w] ?? w))],
    meetings: 'attendance' in r ? [{ ...meeting, ref: 'first', remove: false }] : [],
  };
}

/** A stored payload read back; null when it no longer fits the schema. */
export function readStoredProposal(payload: unknown): Proposal | null {
  const p = proposalSchema.safeParse(upgradeStoredPayload(payload));
  return p.success ? p.data : null;
}
