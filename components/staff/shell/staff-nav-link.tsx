'use client';
// A console navigation link that marks the current section (aria-current);
// layouts do not re-render between pages, so the path is read here.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function StaffNavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const path = usePathname();
  const current = href === '/staff' ? path === '/staff' : path === href || path.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`block rounded px-2 py-1 no-underline hover:bg-brand-100 ${current ? 'bg-brand-100 font-semibold text-brand-900' : 'text-brand-800'}`}
    >
      {children}
    </Link>
  );
}
