// "Contact this group": a visitor's name, the address the group should reply
// to, and the message. One schema for the form's errors and the action.
import { z } from 'zod';
import { fieldErrorsFrom, type FieldErrors } from '../forms/field-errors.ts';
import { formValues } from '../forms/form-values.ts';
import { readable, UNREADABLE_TEXT } from '../forms/readable-text.ts';

/** Bigger posts are refused before parsing. */
export const MAX_CONTACT_BYTES = 16 * 1024;
export const CONTACT_LIMITS = { name: 100, replyEmail: 254, message: 2000 } as const;

/** The form's fields in the order they appear: the error summary lists them this way. */
export const CONTACT_FIELDS = ['name', 'replyEmail', 'message'] as const;

export type ContactFormValues = {
  group: string;
  name: string;
  replyEmail: string;
  message: string;
  /** Honeypot: a person never sees it, so anything in it came from a bot. */
  homepage: string;
};

export function emptyContactValues(groupSlug: string): ContactFormValues {
  return { group: groupSlug, name: '', replyEmail: '', message: '', homepage: '' };
}

export function readContactValues(form: FormData): ContactFormValues {
  const v = formValues(form, ['group', 'name', 'replyEmail', 'message', 'homepage']);
  return { ...v, group: v.group.slice(0, 200) };
}

export const contactSchema = z.object({
  group: z.string().trim().min(1, 'Choose a group to write to.'),
  name: z
    .string()
    .trim()
    .min(1, 'Enter your name, or the name the group should call you.')
    .max(CONTACT_LIMITS.name, `Shorten your name to ${CONTACT_LIMITS.name} characters or fewer.`)
    // Line breaks and tabs become spaces below; anything else invisible is refused.
    .refine(readable({ multiline: true }), UNREADABLE_TEXT)
    // It goes into a mail subject: one line, whatever was posted.
    .transform((s) => s.replace(/\s+/g, ' ')),
  replyEmail: z
    .string()
    .trim()
    .min(1, 'Enter the email address where the group can reply to you.')
    .max(CONTACT_LIMITS.replyEmail, 'Enter a shorter email address.')
    .pipe(z.email('Enter an email address like name@example.com.')),
  message: z
    .string()
    .trim()
    .min(1, 'Write a message for the group.')
    .max(CONTACT_LIMITS.message, `Shorten your message to ${CONTACT_LIMITS.message.toLocaleString('en-CA')} characters or fewer.`)
    .refine(readable({ multiline: true }), UNREADABLE_TEXT),
});

export type ContactInput = z.infer<typeof contactSchema>;

export function parseContact(values: ContactFormValues): { ok: true; input: ContactInput } | { ok: false; fieldErrors: FieldErrors } {
  const r = contactSchema.safeParse(values);
  return r.success ? { ok: true, input: r.data } : { ok: false, fieldErrors: fieldErrorsFrom(r.error, { firstOnly: true }) };
}
