import type { Metadata } from 'next';

// Sign-in, invitation and reset pages: outside the console's guard (they
// are how one gets in), never indexed.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function StaffAuthLayout({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto max-w-xl">{children}</div>;
}
