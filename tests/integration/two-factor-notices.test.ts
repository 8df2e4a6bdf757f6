// Turning two-factor sign-in on needs the password again, at sign-in and on
// My account, so a browser left open or a pending sign-in cannot bind a
// stranger's phone to the account; and the account's owner is told by mail
// whenever two-factor goes on or off.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '../../lib/staff/policy.ts';

const browser = vi.hoisted(() => ({ claims: null as SessionClaims | null, jar: new Map<string, string>() }));
vi.mock('@/lib/staff/session', () => ({ readSessionClaims: async () => browser.claims, startStaffSession: async () => true }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (browser.jar.has(name) ? { name, value: browser.jar.get(name) } : undefined),
    set: (name: string, value: string) => void browser.jar.set(name, value),
    delete: (o: string | { name: string }) => void browser.jar.delete(typeof o === 'string' ? o : o.name),
  }),
}));

import { enrolAtSignInAction } from '../../app/(staff-auth)/staff/actions/enrol-at-sign-in-action.ts';
import { enrolTwoFactorAction } from '../../app/staff/account/actions/enrol-two-factor-action.ts';
import { disableTwoFactorAction } from '../../app/staff/account/actions/disable-two-factor-action.ts';
import { resetStaffTwoFactorAction } from '../../app/staff/accounts/actions/reset-staff-two-factor-action.ts';
import { emptyFormState } from '../../lib/staff/form-state.ts';
import { setPendingSignIn } from '../../lib/staff/pending-sign-in.ts';
import { offerEnrolment } from '../../lib/staff/totp-enrolment.ts';
import { currentTotp } from '../../lib/staff/totp.ts';
import { db } from '../support/db.ts';
import { freshClaims, makeStaff, type TestStaff } from '../support/staff.ts';
import { formOf, redirectOf } from './support/staff-actions-harness.ts';

beforeEach(() => {
  browser.claims = null;
  browser.jar.clear();
});

const twoFactorOn = async (s: TestStaff) => (await db.staffUser.findUniqueOrThrow({ where: { id: s.id }, select: { totpEnabledAt: true } })).totpEnabledAt !== null;
const mailTo = (s: TestStaff) => db.outboxMessage.findMany({ where: { to: s.email }, select: { subject: true, text: true, kind: true }, orderBy: { createdAt: 'asc' } });

describe('finishing two-factor set-up', () => {
  it('at sign-in, refuses the right code with a wrong password, and takes it with the right one', async () => {
    const admin = await makeStaff('ADMIN', { totp: false });
    await setPendingSignIn({ userId: admin.id, sessionVersion: 1, step: 'enrol', next: '/staff' });
    const offer = await offerEnrolment(admin.id, admin.email);
    const code = currentTotp(offer.secret);

    const refused = await enrolAtSignInAction(emptyFormState, formOf({ sealed: offer.sealed, code, current: 'not the password at all' }));
    expect(refused.done).toBeFalsy();
    expect(refused.fieldErrors.current).toBeTruthy();
    expect(await twoFactorOn(admin)).toBe(false);
    expect(await mailTo(admin)).toEqual([]);

    const accepted = await enrolAtSignInAction(emptyFormState, formOf({ sealed: offer.sealed, code, current: admin.password }));
    expect(accepted.codes).toHaveLength(10);
    expect(await twoFactorOn(admin)).toBe(true);
  });

  it('on My account, refuses the right code with a wrong password, and takes it with the right one', async () => {
    const editor = await makeStaff('EDITOR', { totp: false });
    browser.claims = await freshClaims(editor);
    const offer = await offerEnrolment(editor.id, editor.email);
    const code = currentTotp(offer.secret);

    const refused = await enrolTwoFactorAction(emptyFormState, formOf({ sealed: offer.sealed, code, current: 'not the password at all' }));
    expect(refused.done).toBeFalsy();
    expect(refused.fieldErrors.current).toBeTruthy();
    expect(await twoFactorOn(editor)).toBe(false);

    const accepted = await enrolTwoFactorAction(emptyFormState, formOf({ sealed: offer.sealed, code, current: editor.password }));
    expect(accepted.codes).toHaveLength(10);
    expect(await twoFactorOn(editor)).toBe(true);
  });
});

describe('the account owner is told by mail', () => {
  it('when two-factor is turned on, at sign-in or on My account, without the secret or codes in the message', async () => {
    const admin = await makeStaff('ADMIN', { totp: false });
    await setPendingSignIn({ userId: admin.id, sessionVersion: 1, step: 'enrol', next: '/staff' });
    const offer = await offerEnrolment(admin.id, admin.email);
    const result = await enrolAtSignInAction(emptyFormState, formOf({ sealed: offer.sealed, code: currentTotp(offer.secret), current: admin.password }));
    const mail = await mailTo(admin);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ kind: 'staff.two-factor-on', subject: expect.stringMatching(/two-factor sign-in was turned on/i) });
    expect(mail[0]?.text).not.toContain(offer.secret);
    for (const c of result.codes ?? []) expect(mail[0]?.text).not.toContain(c);

    const editor = await makeStaff('EDITOR', { totp: false });
    browser.claims = await freshClaims(editor);
    const second = await offerEnrolment(editor.id, editor.email);
    await enrolTwoFactorAction(emptyFormState, formOf({ sealed: second.sealed, code: currentTotp(second.secret), current: editor.password }));
    expect((await mailTo(editor)).map((m) => m.kind)).toEqual(['staff.two-factor-on']);
  });

  it('when two-factor is turned off, by the owner or by an administrator’s reset', async () => {
    const editor = await makeStaff('EDITOR', { totp: true });
    browser.claims = await freshClaims(editor);
    expect((await disableTwoFactorAction(emptyFormState, formOf({ current: editor.password }))).done).toBe(true);
    expect((await mailTo(editor)).map((m) => m.kind)).toEqual(['staff.two-factor-off']);

    const admin = await makeStaff('ADMIN');
    const colleague = await makeStaff('EDITOR', { totp: true });
    browser.claims = await freshClaims(admin);
    expect(await redirectOf(resetStaffTwoFactorAction(formOf({ id: colleague.id })))).toContain('done=reset-two-factor');
    const [notice] = await mailTo(colleague);
    expect(notice).toMatchObject({ kind: 'staff.two-factor-off' });
    expect(notice?.text).toMatch(/administrator/);
  });
});
