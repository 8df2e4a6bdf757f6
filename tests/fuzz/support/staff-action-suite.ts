// The staff-action fuzz suite, run in two halves (staff-actions-1/-2.test.ts)
// so vitest's two workers share it. Each half's file sets up the mocks.
import { beforeAll, describe, it } from 'vitest';
import type { SessionClaims } from '../../../lib/staff/policy.ts';
import { db } from '../../support/db.ts';
import { freshClaims, makeStaff, type TestStaff } from '../../support/staff.ts';
import { prepareMatrixFixtures } from '../../integration/staff-actions.ts';
import { expectAnswered, staffOverrides, staffPost, staffTargets } from './staff-fuzz.ts';
import { expectNoLiveMarkup, fuzz, renderHtml } from './fuzz.ts';
import TopicsPage from '../../../app/topics/page.tsx';
import GroupPage from '../../../app/groups/[slug]/page.tsx';

export async function staffActionSuite(half: 0 | 1, claims: { current: SessionClaims | null }): Promise<void> {
  const targets = (await staffTargets()).filter((_, i) => i % 2 === half);
  let admin: TestStaff;

  beforeAll(async () => {
    await prepareMatrixFixtures(db);
    admin = await makeStaff('ADMIN', { referralAccess: true });
  }, 120_000);

  describe(`fuzzing the staff actions, half ${half + 1}`, () => {
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
}
