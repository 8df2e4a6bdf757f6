import type { Metadata } from 'next';
import { StaffNav } from '@/components/staff/shell/staff-nav';
import { signOutHereAction } from './actions/sign-out-here-action';
import { requireStaffPage } from '@/lib/staff/guards';

export const metadata: Metadata = { title: { default: 'Staff console', template: '%s · Staff console' }, robots: { index: false, follow: false } };

// The guard here is for a friendly redirect only: each page and action
// checks the account again itself.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const session = await requireStaffPage();
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <StaffNav session={session} signOutHereAction={signOutHereAction} />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
