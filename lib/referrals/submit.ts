// One referral submission from start to finish: size, honeypot, the shared
// schema, rate limits, then the transaction. The server action adds only
// what needs Next (headers, the state shape); tests call this directly.
import 'server-only';
import { consumeLimit, refusalMessage, REFERRAL_LIMITS, type LimitRule } from '../abuse/index.ts';
import { createReferral, findReferralByIdempotencyKey } from './data.ts';
import { env } from '../env.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import { formBytes, MAX_FORM_BYTES, parseReferral, valuesFromFormData, type ReferralFormValues } from './schema.ts';
import { newReference, newStatusToken } from './reference.ts';

export type SubmitContext = { ip: string; limits?: { perIp: LimitRule; perEmail: LimitRule } };

export type SubmitOutcome =
  /** statusToken is null when the same form was sent again: the link went out the first time. */
  | { kind: 'sent'; reference: string; statusToken: string | null }
  | { kind: 'invalid'; fieldErrors: FieldErrors; crisis: boolean }
  | { kind: 'refused'; message: string };

type FormLike = Parameters<typeof valuesFromFormData>[0] & Parameters<typeof formBytes>[0];

export async function submitReferral(fd: FormLike, ctx: SubmitContext): Promise<{ outcome: SubmitOutcome; values: ReferralFormValues }> {
  const values = valuesFromFormData(fd);
  const done = (outcome: SubmitOutcome) => ({ outcome, values });

  if (formBytes(fd) > MAX_FORM_BYTES) {
    return done({ kind: 'refused', message: 'This form is too large to send (more than 64 KB). Please shorten the longest answers, such as the notes, and send it again.' });
  }
  // A filled honeypot is a bot: it sees what a person would, and nothing is kept.
  if (values.website.trim() !== '') return done({ kind: 'sent', reference: newReference(), statusToken: newStatusToken() });

  const parsed = parseReferral(values);
  if (!parsed.ok) return done({ kind: 'invalid', fieldErrors: parsed.fieldErrors, crisis: parsed.crisis });

  // Sending the same form twice is not a second attempt.
  const again = await findReferralByIdempotencyKey(parsed.idempotencyKey);
  if (again) return done({ kind: 'sent', reference: again.reference, statusToken: null });

  const limits = ctx.limits ?? REFERRAL_LIMITS;
  for (const [rule, key] of [[limits.perIp, ctx.ip], [limits.perEmail, parsed.input.referrerEmail]] as const) {
    const r = await consumeLimit(rule, key);
    if (!r.ok) {
      return done({
        kind: 'refused',
        message: refusalMessage(r, 'Too many referrals have been sent from here in a short time. To protect the service, the form is paused.', `call us at ${env().CLEARINGHOUSE_PHONE}`),
      });
    }
  }

  const result = await createReferral(parsed.input, parsed.idempotencyKey);
  switch (result.status) {
    case 'created':
      return done({ kind: 'sent', reference: result.referral.reference, statusToken: result.statusToken });
    case 'existing':
      return done({ kind: 'sent', reference: result.referral.reference, statusToken: null });
    case 'unknown-group':
      return done({ kind: 'invalid', crisis: false, fieldErrors: { idempotencyKey: ['This group is no longer listed. Go back to the directory and choose another group, or ask us to help find one.'] } });
    case 'unknown-topic':
      return done({ kind: 'invalid', crisis: false, fieldErrors: { helpTopic: ['Choose a topic from the list'] } });
  }
}
