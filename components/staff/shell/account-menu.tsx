// The account menu: a <details> disclosure, so it opens and closes without
// JavaScript. It opens in the page's flow (not floating over it), so on a
// narrow screen nothing is clipped. "Sign out everywhere" leads to a page
// that asks first; plain "Sign out" needs no confirmation.
import Link from 'next/link';
import type { StaffSession } from '@/lib/staff/guards';

const item = 'block w-full rounded px-2 py-1 text-left text-brand-800 no-underline hover:bg-brand-100';

export function AccountMenu({ session, signOutHereAction }: { session: StaffSession; signOutHereAction: () => Promise<void> }) {
  return (
    <details className="group rounded border border-slate-300 bg-white" data-testid="account-menu">
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-2 py-1">
        <span className="min-w-0">
          <span className="sr-only">Account menu: </span>
          <span className="block font-semibold break-words text-slate-900">{session.name}</span>
          <span className="block text-sm text-slate-700">{session.role === 'ADMIN' ? 'Administrator' : 'Editor'}</span>
        </span>
        <span aria-hidden="true" className="shrink-0 text-slate-700 group-open:rotate-180">▾</span>
      </summary>
      <ul className="border-t border-slate-200 p-1">
        <li><Link href="/staff/account" className={item}>My account</Link></li>
        <li>
          <form action={signOutHereAction}>
            <button type="submit" className={`${item} cursor-pointer underline`}>Sign out</button>
          </form>
        </li>
        <li><Link href="/staff/account/sign-out-everywhere" className={item}>Sign out everywhere…</Link></li>
      </ul>
    </details>
  );
}
