// One public submission from start to finish: size, honeypot, schema, rate
// limits (the referral form's), then the insert. The action adds only what
// needs Next; tests call this directly.
import 'server-only';
import { consumeLimit, refusalMessage, REFERRAL_LIMITS, type LimitRule } from '../abuse/index.ts';
import { createSubmission } from './data.ts';
import { env } from '../env.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import { text } from '../forms/form-values.ts';
import { MAX_SUBMISSION_BYTES, parseSubmission, readSubmissionValues, withAnotherMeetingRow, type SubmissionFormValues } from './schema.ts';

/** The same allowance as the referral form, counted separately. */
export const SUBMISSION_LIMITS = {
  perIp: { ...REFERRAL_LIMITS.perIp, name: 'submission-ip' },
  perEmail: { ...REFERRAL_LIMITS.perEmail, name: 'submission-email' },
} satisfies Record<string, LimitRule>;

export type SubmitOutcome = { kind: 'sent' } | { kind: 'more-rows' } | { kind: 'invalid'; fieldErrors: FieldErrors } | { kind: 'refused'; message: string };

function formBytes(form: FormData): number {
  let n = 0;
  for (const [k, v] of form.entries()) n += k.length + (typeof v === 'string' ? v.length : v.size);
  return n;
}

export async function submitListing(form: FormData, ctx: { ip: string }): Promise<{ outcome: SubmitOutcome; values: SubmissionFormValues }> {
  const values = readSubmissionValues(form);
  const done = (outcome: SubmitOutcome) => ({ outcome, values });
  if (formBytes(form) > MAX_SUBMISSION_BYTES) return done({ kind: 'refused', message: 'This form is too long to send. Please shorten the longest answers and send it again.' });
  // A filled honeypot is a bot: it is thanked like a person, and nothing is kept.
  if (values.homepage.trim() !== '') return done({ kind: 'sent' });
  // "Add another meeting": the form comes back with one more row; nothing is kept or counted.
  if (text(form, 'intent', 20) === 'add-meeting') return { outcome: { kind: 'more-rows' }, values: { ...values, proposal: withAnotherMeetingRow(values.proposal, form) } };
  const parsed = parseSubmission(values);
  if (!parsed.ok) return done({ kind: 'invalid', fieldErrors: parsed.fieldErrors });
  for (const [rule, key] of [[SUBMISSION_LIMITS.perIp, ctx.ip], [SUBMISSION_LIMITS.perEmail, parsed.input.submitterEmail]] as const) {
    const r = await consumeLimit(rule, key);
    if (!r.ok) {
      return done({ kind: 'refused', message: refusalMessage(r, 'Too many forms have been sent from here in a short time.', `call us at ${env().CLEARINGHOUSE_PHONE}`) });
    }
  }
  const result = await createSubmission(parsed.input);
  if (result.status === 'unknown-group') return done({ kind: 'invalid', fieldErrors: { groupSlug: ['This listing is no longer in the directory.'] } });
  if (result.status === 'unknown-meeting') {
    const fieldErrors = Object.fromEntries(result.rows.map((i) => [`meetings.${i}.ref`, ['This meeting is no longer listed. Remove this row or reload the page.']]));
    return done({ kind: 'invalid', fieldErrors });
  }
  return done({ kind: 'sent' });
}
