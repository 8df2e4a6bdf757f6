// The one place that reads the Auth.js session cookie. The guard calls it;
// tests replace it (vi.mock) to inject an identity while the database checks
// stay real.
import 'server-only';
import type { SessionClaims } from './policy';
import { auth } from './auth';

export type { SessionClaims };

export async function readSessionClaims(): Promise<SessionClaims | null> {
  const session = await auth();
  return session?.claims ?? null;
}
