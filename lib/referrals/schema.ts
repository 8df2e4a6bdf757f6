// The referral form's contract, shared by the form (inline errors before
// sending, when JavaScript runs) and the server action (always). Values
// travel as strings so a refused form can be shown again exactly as typed.
import { z } from 'zod';
import { fieldErrorsFrom, type FieldErrors } from '../forms/field-errors.ts';
import { checklists } from '../fact-sheets/checklists.ts';
import type { Attendance, ClientContactMethod } from '../generated/prisma/enums.ts';

export const LIMITS = {
  referrerName: 100,
  referrerRole: 100,
  referrerOrganisation: 150,
  email: 254,
  phone: 30,
  clientName: 40,
  clientLanguage: 60,
  clientAccessibility: 500,
  clientBestTimes: 200,
  helpTown: 80,
  notes: 2000,
} as const;

/** The whole form may not exceed this; far above what an honest form can hold. */
export const MAX_FORM_BYTES = 64 * 1024;
/** Longest value sent back to the page after a refusal (a pasted megabyte is not echoed). */
const ECHO_LIMIT = 5_000;

export const CONTACT_METHODS = ['PHONE', 'TEXT', 'EMAIL', 'CLIENT_WILL_CALL', 'CONTACT_REFERRER'] as const satisfies readonly ClientContactMethod[];
export const ATTENDANCE_CHOICES = ['IN_PERSON', 'ONLINE', 'PHONE', 'HYBRID'] as const satisfies readonly Attendance[];

export const READINESS_ITEMS = checklists['client-readiness'].sections.flatMap((s) => s.items);
const READINESS_IDS = READINESS_ITEMS.map((i) => i.id) as [string, ...string[]];
/** Ticking either means: no referral now, urgent help instead. */
export const CRISIS_ITEM_IDS: readonly string[] = ['active-crisis', 'suicidal'];

export const hasCrisis = (readiness: readonly string[]) => readiness.some((id) => CRISIS_ITEM_IDS.includes(id));

export type ReferralFormValues = {
  idempotencyKey: string;
  groupSlug: string;
  website: string; // honeypot
  referrerName: string;
  referrerRole: string;
  referrerOrganisation: string;
  referrerEmail: string;
  referrerPhone: string;
  clientName: string;
  clientContactMethod: string;
  clientPhone: string;
  clientEmail: string;
  clientLanguage: string;
  clientAccessibility: string;
  clientBestTimes: string;
  helpTopic: string;
  helpTown: string;
  helpAttendance: string;
  readiness: string[];
  consent: boolean;
  notes: string;
};

/** Fields that can carry a message; a bad group link is shown with idempotencyKey. */
export type FieldName = Exclude<keyof ReferralFormValues, 'website' | 'groupSlug'>;

/** Order of the form, for the error summary. */
export const FIELD_ORDER: FieldName[] = [
  'idempotencyKey', 'referrerName', 'referrerRole', 'referrerOrganisation', 'referrerEmail', 'referrerPhone',
  'clientName', 'clientContactMethod', 'clientPhone', 'clientEmail', 'clientLanguage', 'clientAccessibility',
  'clientBestTimes', 'helpTopic', 'helpTown', 'helpAttendance', 'readiness', 'consent', 'notes',
];

const STRING_FIELDS = [
  'idempotencyKey', 'groupSlug', 'website', 'referrerName', 'referrerRole', 'referrerOrganisation', 'referrerEmail',
  'referrerPhone', 'clientName', 'clientContactMethod', 'clientPhone', 'clientEmail', 'clientLanguage',
  'clientAccessibility', 'clientBestTimes', 'helpTopic', 'helpTown', 'helpAttendance', 'notes',
] as const;

export function emptyValues(idempotencyKey: string, groupSlug = ''): ReferralFormValues {
  const base = Object.fromEntries(STRING_FIELDS.map((k) => [k, ''])) as Record<(typeof STRING_FIELDS)[number], string>;
  return { ...base, idempotencyKey, groupSlug, readiness: [], consent: false };
}

type FormLike = { get(name: string): unknown; getAll(name: string): unknown[] };
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function valuesFromFormData(fd: FormLike): ReferralFormValues {
  const values = emptyValues('');
  for (const k of STRING_FIELDS) values[k] = str(fd.get(k)).slice(0, ECHO_LIMIT);
  values.readiness = fd.getAll('readiness').map(str).filter(Boolean).slice(0, 50).map((s) => s.slice(0, 100));
  values.consent = ['on', 'yes', 'true'].includes(str(fd.get('consent')));
  return values;
}

/** UTF-8 size of every value sent, files included, before anything is trimmed. */
export function formBytes(fd: { entries(): Iterable<[string, unknown]> }): number {
  const utf8 = new TextEncoder();
  let n = 0;
  for (const [k, v] of fd.entries()) n += utf8.encode(k).length + (typeof v === 'string' ? utf8.encode(v).length : v instanceof Blob ? v.size : 0);
  return n;
}

const CONTROL_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const PHONE = /^\+?[0-9 ().-]{7,25}(\s*(x|ext\.?)\s*[0-9]{1,6})?$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function text(label: string, max: number, opts: { required?: string; multiline?: boolean } = {}) {
  let s = z.string().trim();
  if (opts.required) s = s.min(1, opts.required);
  return s
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine((v) => !(opts.multiline ? CONTROL_TEXT : CONTROL_LINE).test(v), `${label} contains invisible control characters; please retype it`)
    .refine((v) => v.isWellFormed(), `${label} contains characters that cannot be read; please retype it`);
}

const phone = (label: string) =>
  text(label, LIMITS.phone).refine((v) => v === '' || (PHONE.test(v) && v.replace(/\D/g, '').length >= 7), `Enter ${label.toLowerCase()} with its area code, like 416-555-0123`);
const email = (label: string) =>
  text(label, LIMITS.email).refine((v) => v === '' || z.email().safeParse(v).success, `Enter ${label.toLowerCase()} like name@agency.org`);

const schema = z
  .object({
    idempotencyKey: z.uuid('This form has expired. Reload the page and fill it in again.'),
    groupSlug: z.string().trim().refine((v) => v === '' || (v.length <= 100 && SLUG.test(v)), "This group link is not valid. Go back to the group's page and try again."),
    referrerName: text('Your name', LIMITS.referrerName, { required: 'Enter your name' }),
    referrerRole: text('Your role', LIMITS.referrerRole, { required: 'Enter your role or profession' }),
    referrerOrganisation: text('Organisation', LIMITS.referrerOrganisation, { required: 'Enter your organisation' }),
    referrerEmail: email('Your work email').refine((v) => v !== '', 'Enter your work email address'),
    referrerPhone: phone('Your phone number'),
    clientName: text("Client's first name or initials", LIMITS.clientName, { required: "Enter the client's first name or initials" })
      .refine((v) => v === '' || /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(v), 'Use letters only: a first name or initials')
      .refine((v) => v.split(/\s+/).length <= 2, "Give only the client's first name or initials, not their full name"),
    clientContactMethod: z.enum(CONTACT_METHODS, { error: 'Choose how the client would like to be contacted' }),
    clientPhone: phone("Client's phone number"),
    clientEmail: email("Client's email address"),
    clientLanguage: text('Preferred language', LIMITS.clientLanguage),
    clientAccessibility: text('Accessibility needs', LIMITS.clientAccessibility, { multiline: true }),
    clientBestTimes: text('Best times', LIMITS.clientBestTimes, { multiline: true }),
    helpTopic: z.string().refine((v) => v === '' || (v.length <= 60 && SLUG.test(v)), 'Choose a topic from the list'),
    helpTown: text('Town', LIMITS.helpTown),
    helpAttendance: z.enum(['', ...ATTENDANCE_CHOICES], { error: 'Choose how the client would like to attend' }),
    readiness: z.array(z.enum(READINESS_IDS, { error: 'Choose items from the checklist only' })).max(READINESS_IDS.length),
    consent: z.literal(true, { error: 'Confirm that your client agreed to this referral' }),
    notes: text('Notes', LIMITS.notes, { multiline: true }),
  })
  .superRefine((v, ctx) => {
    if ((v.clientContactMethod === 'PHONE' || v.clientContactMethod === 'TEXT') && v.clientPhone === '')
      ctx.addIssue({ code: 'custom', path: ['clientPhone'], message: "Enter the client's phone number, or choose another way to reach them" });
    if (v.clientContactMethod === 'EMAIL' && v.clientEmail === '')
      ctx.addIssue({ code: 'custom', path: ['clientEmail'], message: "Enter the client's email address, or choose another way to reach them" });
    if (hasCrisis(v.readiness))
      ctx.addIssue({ code: 'custom', path: ['readiness'], message: CRISIS_MESSAGE });
    // Run even when a field was refused outright (consent not ticked, no
    // contact method chosen): zod skips an object's refinements after such a
    // refusal, and the form would then report these only on a second try.
    // Each rule above compares plain strings, so a refused field is harmless.
  }, { when: () => true });

export const CRISIS_MESSAGE =
  'We cannot send a referral while your client is in crisis or having thoughts of suicide. Get urgent help first: call 911 if a life is in danger, call or text 9-8-8, or call your local crisis line.';

export type ReferralInput = {
  groupSlug: string | null;
  referrerName: string;
  referrerRole: string;
  referrerOrganisation: string;
  referrerEmail: string;
  referrerPhone: string;
  clientName: string;
  clientContactMethod: ClientContactMethod;
  /** The phone number or email address that goes with the method; null when there is none. */
  clientContact: string | null;
  clientLanguage: string;
  clientAccessibility: string;
  clientBestTimes: string;
  helpTopicSlug: string | null;
  helpTown: string | null;
  helpAttendance: Attendance | null;
  readiness: string[];
  notes: string;
};

export type ParseResult = { ok: true; input: ReferralInput; idempotencyKey: string } | { ok: false; fieldErrors: FieldErrors; crisis: boolean };

export function parseReferral(values: ReferralFormValues): ParseResult {
  const r = schema.safeParse(values);
  if (!r.success) {
    // One message per field, the first found; a checklist item's problem is the checklist's.
    const { groupSlug, ...fieldErrors } = fieldErrorsFrom(r.error, { topLevel: true, firstOnly: true });
    // The group link is a hidden field: its problem is shown where the form names the group.
    if (groupSlug) fieldErrors.idempotencyKey ??= groupSlug;
    return { ok: false, fieldErrors, crisis: hasCrisis(values.readiness) };
  }
  const v = r.data;
  const method = v.clientContactMethod;
  const contact = method === 'PHONE' || method === 'TEXT' ? v.clientPhone : method === 'EMAIL' ? v.clientEmail : null;
  return {
    ok: true,
    idempotencyKey: v.idempotencyKey,
    input: {
      groupSlug: v.groupSlug || null,
      referrerName: v.referrerName,
      referrerRole: v.referrerRole,
      referrerOrganisation: v.referrerOrganisation,
      referrerEmail: v.referrerEmail,
      referrerPhone: v.referrerPhone,
      clientName: v.clientName,
      clientContactMethod: method,
      clientContact: contact,
      clientLanguage: v.clientLanguage,
      clientAccessibility: v.clientAccessibility,
      clientBestTimes: v.clientBestTimes,
      helpTopicSlug: v.groupSlug ? null : v.helpTopic || null,
      helpTown: v.groupSlug ? null : v.helpTown || null,
      helpAttendance: v.groupSlug ? null : v.helpAttendance || null,
      readiness: [...new Set(v.readiness)],
      notes: v.notes,
    },
  };
}
