import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/staff/guards';

export const metadata: Metadata = { title: 'Not available to you' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotAllowedPage({ searchParams }: Props) {
  await requireStaffPage();
  const referrals = (await searchParams).for === 'referrals';
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">
        {referrals ? 'Only staff given referral access can open that page' : 'Only administrators can open that page'}
      </h1>
      <p className="mt-2">
        {referrals
          ? 'Referrals hold clients’ personal details. Ask an administrator if your work needs them. The attempt has been noted in the audit trail.'
          : 'Ask an administrator if you need something changed there. The attempt has been noted in the audit trail.'}
      </p>
      <p className="mt-4">
        <Link href="/staff">Back to the dashboard</Link>
      </p>
    </>
  );
}
