import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { requireStaffPage } from '@/lib/staff/guards';
import { getStaffAccount } from '@/lib/staff/accounts-data';
import { changeReferralAccessAction } from '../actions/change-referral-access-action';
import { changeStaffRoleAction } from '../actions/change-staff-role-action';
import { disableStaffAction } from '../actions/disable-staff-action';
import { enableStaffAction } from '../actions/enable-staff-action';
import { resetStaffTwoFactorAction } from '../actions/reset-staff-two-factor-action';
import { ownEntry } from '@/lib/forms/form-values';

export const metadata: Metadata = { title: 'Staff account' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = {
  role: 'Role changed. Their sessions have ended; they sign in again with the new role.',
  disable: 'Account disabled. Its sessions have ended.',
  enable: 'Account enabled. They can sign in again.',
  'reset-two-factor': 'Two-factor reset. Their sessions have ended; they set it up again at the next sign-in (administrators and referral staff must). They were told by mail.',
  'referral-access-granted': 'Referral access granted. Without two-factor they are asked to set it up before anything else.',
  'referral-access-revoked': 'Referral access taken back. Referrals are closed to them from their next click.',
};
const when = new Intl.DateTimeFormat('en-CA', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' });

export default async function StaffAccountPage({ params, searchParams }: Props) {
  await requireStaffPage('ADMIN');
  const { id } = await params;
  const sp = await searchParams;
  const user = /^[a-z0-9]{10,40}$/.test(id) ? await getStaffAccount(id) : null;
  if (!user) notFound();
  const done = ownEntry(DONE, sp.done);
  return (
    <>
      <p><Link href="/staff/accounts">All staff accounts</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{user.name}</h1>
      {done && <p role="status" className="mt-4 rounded border-2 border-brand-700 bg-brand-50 p-3 font-semibold">{done}</p>}
      {sp.error === 'last-admin' && (
        <p role="alert" className="mt-4 rounded border-2 border-red-800 bg-red-50 p-3 font-semibold">
          Not changed: the console must keep at least one enabled administrator.
        </p>
      )}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Email</dt><dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">Role</dt><dd>{user.role === 'ADMIN' ? 'Administrator' : 'Editor'}</dd>
        <dt className="font-semibold">Referrals</dt><dd data-testid="referral-access">{user.referralAccess ? 'may read and work referrals' : 'no access'}</dd>
        <dt className="font-semibold">Two-factor</dt><dd>{user.totpEnabledAt ? `on since ${when.format(user.totpEnabledAt)}` : 'off'}</dd>
        <dt className="font-semibold">Status</dt><dd>{user.disabledAt ? `disabled ${when.format(user.disabledAt)}` : 'enabled'}{user.lockedUntil && user.lockedUntil > new Date() ? `, locked until ${when.format(user.lockedUntil)}` : ''}</dd>
        <dt className="font-semibold">Last sign-in</dt><dd>{user.lastLoginAt ? when.format(user.lastLoginAt) : 'never'}</dd>
      </dl>

      <section aria-labelledby="role-heading" className="mt-8">
        <h2 id="role-heading" className="text-2xl font-semibold">Role</h2>
        <form action={changeStaffRoleAction} className="mt-2 flex flex-wrap items-end gap-3">
          <input type="hidden" name="id" value={user.id} />
          <div>
            <label htmlFor="role" className="block font-semibold">New role</label>
            <select id="role" name="role" defaultValue={user.role} className="mt-1 rounded border border-slate-500 bg-white px-2 py-1">
              <option value="EDITOR">Editor</option>
              <option value="ADMIN">Administrator</option>
            </select>
          </div>
          <Button>Change role</Button>
        </form>
      </section>

      <section aria-labelledby="referral-heading" className="mt-8">
        <h2 id="referral-heading" className="text-2xl font-semibold">Referral access</h2>
        <p className="mt-1">
          Referrals hold clients&rsquo; names, contact details and needs. Give access only to those who work them; they must sign in with
          two-factor, and every referral they open is noted in the audit trail.
        </p>
        <form action={changeReferralAccessAction} className="mt-2">
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="access" value={user.referralAccess ? 'revoke' : 'grant'} />
          <Button variant="secondary">{user.referralAccess ? 'Take back referral access' : 'Give referral access'}</Button>
        </form>
      </section>

      <section aria-labelledby="access-heading" className="mt-8">
        <h2 id="access-heading" className="text-2xl font-semibold">Access</h2>
        <p className="mt-1">Disabling ends their sessions at once and refuses sign-in until enabled again.</p>
        <form action={user.disabledAt ? enableStaffAction : disableStaffAction} className="mt-2">
          <input type="hidden" name="id" value={user.id} />
          <Button variant="secondary">{user.disabledAt ? 'Enable the account' : 'Disable the account'}</Button>
        </form>
      </section>

      <section aria-labelledby="tfa-heading" className="mt-8">
        <h2 id="tfa-heading" className="text-2xl font-semibold">Two-factor</h2>
        <p className="mt-1">For someone who lost their phone and recovery codes: removes their app and codes and ends their sessions.</p>
        <form action={resetStaffTwoFactorAction} className="mt-2">
          <input type="hidden" name="id" value={user.id} />
          <Button variant="secondary">Reset two-factor</Button>
        </form>
      </section>
    </>
  );
}
