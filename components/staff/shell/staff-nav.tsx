// The console's own navigation. Import, staff accounts and System are listed for
// admins only, Referrals for staff with referral access (their pages refuse
// others anyway).
import type { StaffSession } from '@/lib/staff/guards';
import { StaffNavLink } from './staff-nav-link';

const LINKS = [
  { href: '/staff', label: 'Dashboard' },
  { href: '/staff/listings', label: 'Listings' },
  { href: '/staff/submissions', label: 'Submissions' },
  { href: '/staff/referrals', label: 'Referrals' },
  { href: '/staff/fact-sheets', label: 'Fact sheets' },
  { href: '/staff/topics', label: 'Topics' },
  { href: '/staff/outbox', label: 'Outbox' },
  { href: '/staff/audit', label: 'Audit trail' },
];

export function StaffNav({ session, signOutAction }: { session: StaffSession; signOutAction: (form: FormData) => Promise<void> }) {
  const links = [
    ...LINKS.filter((l) => session.referralAccess || l.href !== '/staff/referrals'),
    ...(session.role === 'ADMIN' ? [{ href: '/staff/import', label: 'Import' }, { href: '/staff/accounts', label: 'Staff accounts' }, { href: '/staff/system', label: 'System' }] : []),
    { href: '/staff/account', label: 'My account' },
  ];
  return (
    <nav aria-label="Staff console" className="rounded border border-slate-300 bg-slate-50 p-3 md:w-52 md:shrink-0">
      <p className="px-2 text-sm text-slate-700">
        Signed in as <span className="font-semibold text-slate-900">{session.name}</span>
        <span className="block">{session.role === 'ADMIN' ? 'Administrator' : 'Editor'}</span>
      </p>
      <ul className="mt-2 grid grid-cols-2 gap-1 md:grid-cols-1">
        {links.map((l) => (
          <li key={l.href}>
            <StaffNavLink href={l.href}>{l.label}</StaffNavLink>
          </li>
        ))}
      </ul>
      <form action={signOutAction} className="mt-3 px-2">
        <button type="submit" className="rounded border border-brand-800 bg-white px-3 py-1 font-semibold text-brand-900 hover:bg-brand-50">
          Sign out everywhere
        </button>
        <p className="mt-1 text-xs text-slate-700">Ends your sessions on every device.</p>
      </form>
    </nav>
  );
}
