'use server';
import { redirect } from 'next/navigation';
import { failed, formValues, invalid, type AuthFormState } from '@/lib/auth/form-state';
import { checkPasswordPolicy } from '@/lib/auth/password-policy';
import { setPendingSignIn } from '@/lib/auth/pending-sign-in';
import { getRequestIp } from '@/lib/auth/request-ip';
import { startStaffSession } from '@/lib/auth/session';
import { acceptInvitation, findLiveToken } from '@/lib/data/staff-tokens';
import { acceptInviteSchema } from '@/lib/validation/staff-auth';

const GONE = 'This invitation has expired or was already used. Ask an administrator to invite you again.';

export async function acceptInviteAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const token = String(form.get('token') ?? '');
  const values = formValues(form, ['name']);
  const live = await findLiveToken('INVITE', token);
  if (!live) return failed(GONE, values);
  const parsed = acceptInviteSchema.safeParse(formValues(form, ['name', 'password', 'confirm']));
  if (!parsed.success) return invalid(parsed.error, values);
  const problem = checkPasswordPolicy(parsed.data.password, live.email);
  if (problem) return failed('Please choose another password.', values, { password: [problem] });
  const user = await acceptInvitation(token, parsed.data.name, parsed.data.password, await getRequestIp());
  if (!user) return failed(GONE, values);
  if (user.role === 'ADMIN') {
    // Administrators set up two-factor before they get a session.
    await setPendingSignIn({ userId: user.userId, sessionVersion: user.sessionVersion, step: 'enrol', next: '/staff' });
    redirect('/staff/sign-in/enrol');
  }
  if (!(await startStaffSession(user.userId, user.sessionVersion))) return failed(GONE, values);
  redirect('/staff');
}
