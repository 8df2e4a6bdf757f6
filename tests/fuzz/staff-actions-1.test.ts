// Every staff server action and route handler, called 1,000 times each by a
// signed-in administrator with generated form values in place of a valid
// post: each answers with validation messages, a redirect or a 404, never a
// throw. What staff stored then shows as text on the public pages. Half 1
// of the actions (support/staff-action-suite.ts), so both workers share them.
import './support/cheap-writes.ts';
import { vi } from 'vitest';
import type { SessionClaims } from '../../lib/staff/policy.ts';

const claims = vi.hoisted(() => ({ current: null as SessionClaims | null }));
// Identity injection, as in the matrix: the guard still reloads the account.
vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: async () => claims.current, startStaffSession: async () => true, clearSessionCookie: async () => {} }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// argon2id at OWASP's cost takes tens of milliseconds a check; the fuzzer
// checks thousands of passwords, so it hashes at the lowest cost instead.
vi.mock('../../lib/staff/password-options.ts', () => ({ PASSWORD_HASH_OPTIONS: { algorithm: 2, memoryCost: 64, timeCost: 1, parallelism: 1 } }));

import { staffActionSuite } from './support/staff-action-suite.ts';

await staffActionSuite(0, claims);
