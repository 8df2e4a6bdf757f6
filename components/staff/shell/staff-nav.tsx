// The console's own navigation. Import, staff accounts and System are listed for
// admins only, Referrals for staff with referral access (their pages refuse
// others anyway). The account and signing out are in the account menu.
import type { StaffSession } from '@/lib/staff/guards';
import { AccountMenu } from './account-menu';
import { StaffNavLink } from './staff-nav-link';

const LINKS = [
  { href: '/staff', label: 'Dashboard' },
  { href: '/staff/listings', label: 'Listings' },
  { href: '/staff/submissions', label: 'Submissions' },
  { href: '/staff/referrals', label: 'Referrals' },
  { href: '/staff/personal-data', label: 'Personal data' },
  { href: '/staff/fact-sheets', label: 'Fact sheets' },
  { href: '/staff/topics', label: 'Topics' },
  { href: '/staff/outbox', label: 'Outbox' },
  { href: '/staff/audit', label: 'Audit trail' },
];

/** Shown only to staff with referral access: the personal-data requests search referrals too. */
const REFERRAL_LINKS = new Set(['/staff/referrals', '/staff/personal-data']);

export function StaffNav({ session, signOutHereAction }: { session: StaffSession; signOutHereAction: () => Promise<void> }) {
  const links = [
    ...LINKS.filter((l) => session.referralAccess || !REFERRAL_LINKS.has(l.href)),
    ...(session.role === 'ADMIN' ? [{ href: '/staff/import', label: 'Import' }, { href: '/staff/accounts', label: 'Staff accounts' }, { href: '/staff/system', label: 'System' }] : []),
  ];
  return (
    <div className="min-w-0 rounded border border-slate-300 bg-slate-50 p-3 md:w-56 md:shrink-0">
      <AccountMenu session={session} signOutHereAction={signOutHereAction} />
      <nav aria-label="Staff console" className="mt-3">
        <ul className="grid grid-cols-2 gap-1 md:grid-cols-1">
          {links.map((l) => (
            <li key={l.href} className="min-w-0">
              <StaffNavLink href={l.href}>{l.label}</StaffNavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
