'use client';
// Shows its children on public pages only. The staff console shares the root
// layout, and a layout is not rendered again on client-side navigation, so
// the path is read here, in the browser as well as on the server.
import type { ReactNode } from 'react';
import { usePathname } from 'next/navigation';

export function isStaffPath(path: string): boolean {
  return path === '/staff' || path.startsWith('/staff/');
}

export function PublicOnly({ children }: { children: ReactNode }) {
  const path = usePathname();
  return isStaffPath(path) ? null : children;
}
