// The forms of a request about personal data: who to look for, a
// correction to a referral, and the confirmation of an erasure. Each schema
// is the one the action parses on the server.
import { z } from 'zod';
import { normalisePhone } from '../forms/contact-match.ts';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const line = (max: number) => z.string().trim().max(max, `Use ${max} characters or fewer`).refine((v) => !CONTROL.test(v), 'Remove the invisible characters and try again');

const email = line(254).refine((v) => v === '' || z.email().safeParse(v).success, 'Enter an email address like name@example.org');
const phone = line(30).refine((v) => v === '' || normalisePhone(v) !== null, 'Enter a phone number with its area code, like 416-555-0123');

/** Who to look for: an email address, a phone number, or both. */
export const personQuerySchema = z
  .object({ email, phone })
  .refine((v) => v.email !== '' || v.phone !== '', { message: 'Enter an email address or a phone number', path: ['email'] })
  .transform((v) => ({ email: v.email || null, phone: v.phone || null }));

export type PersonQuery = { email: string | null; phone: string | null };

export const recordIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, 'Not a record of this directory');

/** A correction to a referral: the client's name and contact, or the referrer's name, email and phone. */
export const referralCorrectionSchema = z.discriminatedUnion('part', [
  z.object({
    part: z.literal('client'),
    referralId: recordIdSchema,
    name: line(40).min(1, "Enter the client's first name or initials").refine((v) => /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(v), 'Use letters only: a first name or initials'),
    /** Their email or phone, whichever the referral's contact method uses; empty when it uses none. */
    contact: line(254),
  }),
  z.object({
    part: z.literal('referrer'),
    referralId: recordIdSchema,
    name: line(100).min(1, "Enter the referrer's name"),
    email: email.refine((v) => v !== '', "Enter the referrer's email address"),
    phone,
  }),
]);

export type ReferralCorrection = z.infer<typeof referralCorrectionSchema>;

/** Erasing needs the box ticked: the form works without JavaScript, so the confirmation is a field. */
export const eraseConfirmationSchema = z.object({
  case: z.string().min(1).max(4096),
  confirm: z.literal('yes', { error: 'Tick the box to confirm the erasure' }),
});
