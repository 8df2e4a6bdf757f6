// What the guard needs to know about a signed-in staff member, read fresh on
// every request so disabling or signing out everywhere takes effect at once.
import 'server-only';
import { db } from '@/lib/db';

export type StaffForGuard = {
  id: string;
  email: string;
  name: string;
  role: 'ADMIN' | 'EDITOR';
  sessionVersion: number;
  disabledAt: Date | null;
  totpEnabledAt: Date | null;
  referralAccess: boolean;
};

export async function getStaffForGuard(userId: string): Promise<StaffForGuard | null> {
  return db.staffUser.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true, totpEnabledAt: true, referralAccess: true },
  });
}
