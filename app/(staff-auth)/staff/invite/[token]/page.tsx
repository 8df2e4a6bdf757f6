import type { Metadata } from 'next';
import { AuthForm } from '@/components/staff/auth/auth-form';
import { findLiveToken } from '@/lib/staff/tokens-data';
import { PASSWORD_MIN } from '@/lib/staff/schema';
import { acceptInviteAction } from '../../actions/accept-invite-action';

export const metadata: Metadata = { title: 'Join the staff console' };

type Props = { params: Promise<{ token: string }> };

export default async function AcceptInvitePage({ params }: Props) {
  const { token } = await params;
  const live = await findLiveToken('INVITE', token);
  if (!live) {
    return (
      <>
        <h1 className="text-3xl font-bold text-brand-900">This invitation no longer works</h1>
        <p className="mt-2">Invitations work once, for seven days. Ask an administrator to invite you again.</p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Join the staff console</h1>
      <p className="mt-2">
        You are invited as {live.role === 'ADMIN' ? 'an administrator' : 'an editor'} with the address {live.email}.
        {live.role === 'ADMIN' && ' Next you will set up two-factor sign-in with an authenticator app.'}
      </p>
      <AuthForm
        action={acceptInviteAction}
        idPrefix="invite"
        hidden={{ token }}
        fields={[
          { name: 'name', label: 'Your name', autoComplete: 'name', hint: 'Shown to other staff in the console and the audit trail.' },
          { name: 'password', label: 'Password', type: 'password', autoComplete: 'new-password', hint: `At least ${PASSWORD_MIN} characters. A few unrelated words work well.` },
          { name: 'confirm', label: 'Password again', type: 'password', autoComplete: 'new-password' },
        ]}
        submitLabel="Create my account"
      />
    </>
  );
}
