// Forms of staff sign-in and accounts: one schema each, used by the form
// (inline errors) and the server action (safeParse). The common-password and
// email checks need the server's list: see lib/staff/password-policy.ts.
import { z } from 'zod';
import { readable, UNREADABLE_TEXT } from '../forms/readable-text.ts';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const email = z.string().trim().toLowerCase().max(254).pipe(z.email('Enter an email address such as name@example.org.'));
const newPassword = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);
const withConfirmation = <T extends { password: string; confirm: string }>(s: z.ZodType<T>) =>
  s.refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords are not the same.' });

export const signInSchema = z.object({
  // Not checked as an address (any answer is the same refusal), but a NUL byte would fail the lookup.
  email: z.string().trim().min(1, 'Enter your email address.').max(254).refine(readable(), UNREADABLE_TEXT),
  // Long enough for any real password, short enough not to hash megabytes.
  password: z.string().min(1, 'Enter your password.').max(1024),
});

export const codeSchema = z.object({
  code: z.string().trim().min(1, 'Enter the code from your app or a recovery code.').max(40),
});

export const forgotPasswordSchema = z.object({ email });

export const choosePasswordSchema = withConfirmation(z.object({ password: newPassword, confirm: z.string() }));

export const acceptInviteSchema = withConfirmation(
  z.object({ name: z.string().trim().min(1, 'Enter your name.').max(100), password: newPassword, confirm: z.string() }),
);

export const changePasswordSchema = withConfirmation(
  z.object({ current: z.string().min(1, 'Enter your current password.').max(1024), password: newPassword, confirm: z.string() }),
);

export const confirmPasswordSchema = z.object({ current: z.string().min(1, 'Enter your current password.').max(1024) });

/** Finishing two-factor set-up: the app's code and the password again. */
export const enrolSchema = codeSchema.extend(confirmPasswordSchema.shape);

export const staffRoleSchema = z.enum(['ADMIN', 'EDITOR'], 'Choose a role.');
export const inviteSchema = z.object({ email, role: staffRoleSchema });
export const referralAccessSchema = z.enum(['grant', 'revoke']);

/** Where to go after signing in: only a console path, never another site. */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return '/staff';
  if (!/^\/staff(\/[A-Za-z0-9\-._~%/?=&]*)?$/.test(value) || value.includes('//') || value.startsWith('/staff/sign-in')) return '/staff';
  return value;
}
