import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthForm } from '@/components/staff/auth/auth-form';
import { requireStaffPage } from '@/lib/staff/guards';
import { listStaffAccounts } from '@/lib/staff/accounts-data';
import { inviteStaffAction } from './actions/invite-staff-action';

export const metadata: Metadata = { title: 'Staff accounts' };

const day = new Intl.DateTimeFormat('en-CA', { dateStyle: 'medium', timeZone: 'America/Toronto' });

export default async function StaffAccountsPage() {
  await requireStaffPage('ADMIN');
  const { users, invites } = await listStaffAccounts();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Staff accounts</h1>
      <ul className="mt-4 divide-y divide-slate-200 border-y border-slate-200" data-testid="staff-accounts">
        {users.map((u) => (
          <li key={u.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
            <span>
              <Link href={`/staff/accounts/${u.id}`} className="font-semibold">{u.name}</Link>{' '}
              <span className="break-all text-slate-700">{u.email}</span>
            </span>
            <span className="text-sm">
              {u.role === 'ADMIN' ? 'Administrator' : 'Editor'}
              {u.referralAccess && ' · referrals'}
              {' · '}
              {u.totpEnabledAt ? 'two-factor on' : 'no two-factor'}
              {u.disabledAt && <strong className="text-red-800"> · disabled</strong>}
              {u.lockedUntil && u.lockedUntil > new Date() && <strong className="text-red-800"> · locked</strong>}
              {' · '}
              {u.lastLoginAt ? `last sign-in ${day.format(u.lastLoginAt)}` : 'never signed in'}
            </span>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-2xl font-semibold">Invite a colleague</h2>
      <p className="mt-1">
        They get an email with a link (valid 7 days, once) to set their name and password. Administrators also set up two-factor sign-in.
        Referral access is given on their account page once they have joined.
      </p>
      <AuthForm
        action={inviteStaffAction}
        idPrefix="invite"
        fields={[
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'off' },
          { name: 'role', label: 'Role', options: [{ value: 'EDITOR', label: 'Editor — listings and content' }, { value: 'ADMIN', label: 'Administrator — also staff accounts' }] },
        ]}
        submitLabel="Send the invitation"
        doneMessage="Invitation made. The outbox shows it without its link."
        doneLink={{ href: '/staff/accounts', label: 'Invite someone else' }}
      />
      {invites.length > 0 && (
        <>
          <h2 className="mt-8 text-2xl font-semibold">Invitations not yet used</h2>
          <ul className="mt-2 list-disc pl-5">
            {invites.map((i) => (
              <li key={i.id}>
                <span className="break-all">{i.email}</span> ({i.role === 'ADMIN' ? 'administrator' : 'editor'}), expires {day.format(i.expiresAt)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
