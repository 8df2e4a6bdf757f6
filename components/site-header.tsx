import Link from 'next/link';
import { NAV_LINKS, SITE } from '@/lib/site';
import { HelpBanner } from './help/help-banner';
import { PublicOnly } from './help/public-only';

// Nav links are 44 px tall (primary controls): three to a row on a phone,
// one row from 640 px.
export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-slate-200 bg-brand-50">
      <PublicOnly>
        <HelpBanner />
      </PublicOnly>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-3 px-4 py-2">
        <Link href="/" prefetch={false} className="inline-flex min-h-11 items-center text-lg font-bold text-brand-900 no-underline!">
          {SITE.name}
        </Link>
        <nav aria-label="Main" className="w-full sm:w-auto">
          <ul className="grid grid-cols-3 gap-x-2 text-sm sm:flex sm:flex-wrap sm:gap-x-4">
            {NAV_LINKS.map((l) => (
              <li key={l.href}>
                <Link href={l.href} prefetch={false} className="flex min-h-11 items-center leading-tight">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
