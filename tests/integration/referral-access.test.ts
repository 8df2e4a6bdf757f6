// Referral access is its own permission: an administrator gives and takes
// it back (audited); whoever has it must sign in with two-factor; every
// opening of a client's details is on the audit trail; and referrals can be
// assigned only to staff who could open them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '../../lib/staff/policy.ts';

const browser = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: async () => browser.claims }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

import ReferralPage from '../../app/staff/referrals/[id]/page.tsx';
import { changeReferralAccessAction } from '../../app/staff/accounts/actions/change-referral-access-action.ts';
import { assignReferralAction } from '../../app/staff/referrals/actions/assign-referral-action.ts';
import { authorizeAction, AuthorizationError } from '../../lib/staff/guards.ts';
import { checkPasswordStep } from '../../lib/staff/sign-in-data.ts';
import { disableOwnTwoFactor } from '../../lib/staff/two-factor-data.ts';
import { db } from '../support/db.ts';
import { testEncryptionKey } from '../support/referral-form.ts';
import { asSession, freshClaims, makeStaff } from '../support/staff.ts';
import { formOf, redirectOf } from './support/staff-actions-harness.ts';

process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();
const noSleep = { sleep: async () => {} };

beforeEach(() => {
  browser.claims = null;
});

let made = 0;
async function aReferral(): Promise<string> {
  made += 1;
  const row = await db.referral.create({
    data: {
      reference: `R-ACC${made}-0${made}`, idempotencyKey: `access-referral-${made}`,
      referrerName: 'Robin Referrer', referrerRole: 'Social worker', referrerOrganisation: 'Community Health Centre', referrerEmail: 'robin@example.org',
      clientContactMethod: 'CLIENT_WILL_CALL', consentAt: new Date(), statusTokenHash: `access-hash-${made}`, statusTokenExpiresAt: new Date(Date.now() + 86_400_000),
    },
    select: { id: true },
  });
  return row.id;
}

describe('referral access', () => {
  it('is given by an administrator, on the audit trail, and the editor must then set up two-factor before anything else', async () => {
    const admin = await makeStaff('ADMIN', { referralAccess: true });
    const editor = await makeStaff('EDITOR', { totp: false });
    expect((await checkPasswordStep(editor.email, editor.password, '192.0.2.40', noSleep)).kind).toBe('signed-in');
    const before = await freshClaims(editor);

    browser.claims = await freshClaims(admin);
    expect(await redirectOf(changeReferralAccessAction(formOf({ id: editor.id, access: 'grant' })))).toContain('done=referral-access-granted');
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'staff.referral-access', entityId: editor.id }, select: { actorId: true, before: true, after: true } });
    expect(entry).toMatchObject({ actorId: admin.id, before: { referralAccess: false }, after: { referralAccess: true } });

    // The session from before opens nothing now, and signing in asks for set-up.
    browser.claims = before;
    await expect(authorizeAction('group.update')).rejects.toBeInstanceOf(AuthorizationError);
    expect((await checkPasswordStep(editor.email, editor.password, '192.0.2.40', noSleep)).kind).toBe('enrol');
  });

  it('keeps two-factor on for whoever has it: they cannot switch it off', async () => {
    const worker = await makeStaff('EDITOR', { totp: true, referralAccess: true });
    expect(await disableOwnTwoFactor(asSession(worker), worker.password, '')).toBe('required');
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: worker.id }, select: { totpEnabledAt: true } })).totpEnabledAt).not.toBeNull();
  });

  it('taken back, closes referrals at the very next request, without signing the editor out of listings', async () => {
    const admin = await makeStaff('ADMIN', { referralAccess: true });
    const worker = await makeStaff('EDITOR', { totp: true, referralAccess: true });
    const session = await freshClaims(worker);
    browser.claims = session;
    await expect(authorizeAction('referral.note', 'REFERRALS')).resolves.toMatchObject({ userId: worker.id, referralAccess: true });

    browser.claims = await freshClaims(admin);
    await redirectOf(changeReferralAccessAction(formOf({ id: worker.id, access: 'revoke' })));
    browser.claims = session;
    await expect(authorizeAction('referral.note', 'REFERRALS')).rejects.toThrow(/referral access/);
    await expect(authorizeAction('group.update')).resolves.toMatchObject({ userId: worker.id });
  });
});

describe('reading a referral', () => {
  it('puts every opening of the client’s details on the audit trail, with who opened it', async () => {
    const worker = await makeStaff('EDITOR', { totp: true, referralAccess: true });
    const id = await aReferral();
    browser.claims = await freshClaims(worker);
    const props = { params: Promise.resolve({ id }), searchParams: Promise.resolve({}) };
    await ReferralPage(props);
    await ReferralPage(props);
    const views = await db.auditLog.findMany({ where: { action: 'referral.view', entityId: id }, select: { actorId: true, entityType: true } });
    expect(views).toEqual([{ actorId: worker.id, entityType: 'Referral' }, { actorId: worker.id, entityType: 'Referral' }]);
  });

  it('can be assigned only to staff who could open it', async () => {
    const worker = await makeStaff('EDITOR', { totp: true, referralAccess: true });
    const listingsOnly = await makeStaff('EDITOR', { totp: true });
    const id = await aReferral();
    browser.claims = await freshClaims(worker);
    expect(await redirectOf(assignReferralAction(formOf({ id, assignee: listingsOnly.id })))).toBe(`/staff/referrals/${id}?error=assignee`);
    expect(await redirectOf(assignReferralAction(formOf({ id, assignee: worker.id })))).toBe(`/staff/referrals/${id}?done=assigned`);
  });
});
