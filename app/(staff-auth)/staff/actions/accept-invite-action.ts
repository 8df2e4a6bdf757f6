'use server';
import { redirect } from 'next/navigation';
import { formValues } from '@/lib/forms/form-values';
import { failed, invalid, type AuthFormState } from '@/lib/staff/form-state';
import { checkPasswordPolicy } from '@/lib/staff/password-policy';
import { setPendingSignIn } from '@/lib/staff/pending-sign-in';
import { getRequestIp } from '@/lib/staff/request-ip';
import { startStaffSession } from '@/lib/staff/session';
import { acceptInvitation, findLiveToken } from '@/lib/staff/tokens-data';
import { acceptInviteSchema } from '@/lib/staff/schema';

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
