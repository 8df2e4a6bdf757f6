import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/staff/guards';

export const metadata: Metadata = { title: 'Not available to you' };

export default async function NotAllowedPage() {
  await requireStaffPage();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Only administrators can open that page</h1>
      <p className="mt-2">Ask an administrator if you need something changed there. The attempt has been noted in the audit trail.</p>
      <p className="mt-4">
        <Link href="/staff">Back to the dashboard</Link>
      </p>
    </>
  );
}
