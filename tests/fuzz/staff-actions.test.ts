// Every staff server action and route handler, called 1,000 times each by a
// signed-in administrator with generated form values in place of a valid
// post: each answers with validation messages, a redirect or a 404, never a
// throw. What staff stored then shows as text on the public pages.
import './support/cheap-writes.ts';
import { beforeAll, describe, it, vi } from 'vitest';
import type { SessionClaims } from '../../lib/staff/policy.ts';

const claims = vi.hoisted(() => ({ current: null as SessionClaims | null }));
// Identity injection, as in the matrix: the guard still reloads the account.
vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: async () => claims.current, startStaffSession: async () => true, clearSessionCookie: async () => {} }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// argon2id at OWASP's cost takes tens of milliseconds a check; the fuzzer
// checks thousands of passwords, so it hashes at the lowest cost instead.
vi.mock('../../lib/staff/password-options.ts', () => ({ PASSWORD_HASH_OPTIONS: { algorithm: 2, memoryCost: 64, timeCost: 1, parallelism: 1 } }));

import { db } from '../support/db.ts';
import { freshClaims, makeStaff, type TestStaff } from '../support/staff.ts';
import { prepareMatrixFixtures } from '../integration/staff-actions.ts';
import { expectAnswered, staffOverrides, staffPost, staffTargets } from './support/staff-fuzz.ts';
import { expectNoLiveMarkup, fuzz, renderHtml } from './support/fuzz.ts';
import TopicsPage from '../../app/topics/page.tsx';
import GroupPage from '../../app/groups/[slug]/page.tsx';

const targets = await staffTargets();
let admin: TestStaff;

beforeAll(async () => {
  await prepareMatrixFixtures(db);
  admin = await makeStaff('ADMIN');
}, 120_000);

describe('fuzzing the staff actions', () => {
  it.each(targets.map((t) => [t.key, t] as const))('answers every generated post to %s', async (key, target) => {
    claims.current = await freshClaims(admin);
    await fuzz(key, staffOverrides(target), async (overrides) => {
      // Signing out ends the session: after it, each run signs in afresh.
      if (key.endsWith('#signOutAction')) claims.current = await freshClaims(admin);
      await expectAnswered(target, staffPost(target, overrides));
    });
  });

  it('shows what staff stored as text on the public pages', async () => {
    expectNoLiveMarkup(await renderHtml(await TopicsPage()), '/topics');
    for (const g of await db.group.findMany({ where: { status: 'PUBLISHED' }, select: { slug: true } })) {
      expectNoLiveMarkup(await renderHtml(await GroupPage({ params: Promise.resolve({ slug: g.slug }) })), `/groups/${g.slug}`);
    }
  });
});
