// One "Contact this group" post from start to finish: size, honeypot, the
// shared schema, rate limits, then the outbox. The action adds only what
// needs Next (headers, redirect); tests call this directly.
import 'server-only';
import { consumeLimit, refusalMessage, REFERRAL_LIMITS, type LimitRule } from '../abuse/index.ts';
import { env } from '../env.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import { sendGroupMessage } from './contact-data.ts';
import { MAX_CONTACT_BYTES, parseContact, readContactValues, type ContactFormValues } from './contact-schema.ts';

/**
 * The referral form's allowance per address and per sender, counted
 * separately, and a ceiling per group so no one can flood a group's inbox.
 */
export const CONTACT_LIMITS_PER = {
  perIp: { ...REFERRAL_LIMITS.perIp, name: 'contact-ip' },
  perEmail: { ...REFERRAL_LIMITS.perEmail, name: 'contact-email' },
  perGroup: { name: 'contact-group', points: 30, durationSeconds: 86_400 },
} satisfies Record<string, LimitRule>;

export type ContactOutcome = { kind: 'sent' } | { kind: 'invalid'; fieldErrors: FieldErrors } | { kind: 'refused'; message: string } | { kind: 'unknown-group' };

function formBytes(form: FormData): number {
  let n = 0;
  for (const [k, v] of form.entries()) n += k.length + (typeof v === 'string' ? v.length : v.size);
  return n;
}

export async function submitGroupMessage(
  form: FormData,
  ctx: { ip: string; limits?: typeof CONTACT_LIMITS_PER },
): Promise<{ outcome: ContactOutcome; values: ContactFormValues }> {
  const values = readContactValues(form);
  const done = (outcome: ContactOutcome) => ({ outcome, values });
  if (formBytes(form) > MAX_CONTACT_BYTES) return done({ kind: 'refused', message: 'This message is too long to send. Please shorten it and send it again.' });
  // A filled honeypot is a bot: it is told the message went, and nothing is kept.
  if (values.homepage.trim() !== '') return done({ kind: 'sent' });
  const parsed = parseContact(values);
  if (!parsed.ok) return done({ kind: 'invalid', fieldErrors: parsed.fieldErrors });
  const limits = ctx.limits ?? CONTACT_LIMITS_PER;
  for (const [rule, key] of [[limits.perIp, ctx.ip], [limits.perEmail, parsed.input.replyEmail], [limits.perGroup, parsed.input.group]] as const) {
    const r = await consumeLimit(rule, key);
    if (!r.ok) {
      return done({
        kind: 'refused',
        message: refusalMessage(r, 'Too many messages have been sent in a short time.', `call the clearinghouse at ${env().CLEARINGHOUSE_PHONE} and we will pass your message on`),
      });
    }
  }
  const result = await sendGroupMessage(parsed.input);
  return done(result.status === 'sent' ? { kind: 'sent' } : { kind: 'unknown-group' });
}
