// The staff sign-in steps anyone can reach (password, code, two-factor
// set-up, forgotten password, reset and invitation links), each posted
// 1,000 times with generated values: every post is answered with a
// message or a redirect, never a throw.
import './support/cheap-writes.ts';
import { beforeAll, describe, it, vi } from 'vitest';
import crypto from 'node:crypto';

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.50' }),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string | { name: string; value: string }, value?: string) => (typeof name === 'string' ? jar.set(name, value ?? '') : jar.set(name.name, name.value)),
    delete: (name: string | { name: string }) => jar.delete(typeof name === 'string' ? name : name.name),
    has: (name: string) => jar.has(name),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
}));
vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: async () => null, startStaffSession: async () => true, clearSessionCookie: async () => {} }));
// argon2id at OWASP's cost takes tens of milliseconds a check; the fuzzer
// checks thousands of passwords, so it hashes at the lowest cost instead.
vi.mock('../../lib/staff/password-options.ts', () => ({ PASSWORD_HASH_OPTIONS: { algorithm: 2, memoryCost: 64, timeCost: 1, parallelism: 1 } }));

import { makeStaff } from '../support/staff.ts';
import { formOf } from '../integration/support/staff-actions-harness.ts';
import { emptyFormState } from '../../lib/staff/form-state.ts';
import { expectNoLiveMarkup, fuzz, renderHtml } from './support/fuzz.ts';
import { paramsOf, queryString, segment } from './support/arbitraries.ts';
import InvitePage from '../../app/(staff-auth)/staff/invite/[token]/page.tsx';
import ResetPage from '../../app/(staff-auth)/staff/reset/[token]/page.tsx';
import SignInPage from '../../app/(staff-auth)/staff/sign-in/page.tsx';
import { expectAnswered, staffOverrides, staffPost, type StaffTarget } from './support/staff-fuzz.ts';
import { signInAction } from '../../app/(staff-auth)/staff/actions/sign-in-action.ts';
import { secondFactorAction } from '../../app/(staff-auth)/staff/actions/second-factor-action.ts';
import { enrolAtSignInAction } from '../../app/(staff-auth)/staff/actions/enrol-at-sign-in-action.ts';
import { forgotPasswordAction } from '../../app/(staff-auth)/staff/actions/forgot-password-action.ts';
import { resetPasswordAction } from '../../app/(staff-auth)/staff/actions/reset-password-action.ts';
import { acceptInviteAction } from '../../app/(staff-auth)/staff/actions/accept-invite-action.ts';

const DIR = 'app/(staff-auth)/staff/actions';
/** A fresh address each run, so the per-account slow-down never makes the fuzzer wait. */
const someone = () => `someone.${crypto.randomBytes(4).toString('hex')}@example.org`;
const token = () => crypto.randomBytes(32).toString('base64url');

const TARGETS: StaffTarget[] = [
  {
    key: `${DIR}/sign-in-action.ts#signInAction`,
    base: () => formOf({ email: someone(), password: 'not the right passphrase', next: '/staff' }),
    // Failures slow down later attempts on the same name: a generated name
    // gets a suffix of its own, so no run waits for an earlier one.
    run: (f) => {
      const email = f.get('email');
      if (typeof email === 'string' && email !== '') f.set('email', `${email}${crypto.randomBytes(3).toString('hex')}`);
      return signInAction(emptyFormState, f);
    },
  },
  { key: `${DIR}/second-factor-action.ts#secondFactorAction`, base: () => formOf({ code: '123456' }), run: (f) => secondFactorAction(emptyFormState, f) },
  { key: `${DIR}/enrol-at-sign-in-action.ts#enrolAtSignInAction`, base: () => formOf({ sealed: 'x', code: '123456' }), run: (f) => enrolAtSignInAction(emptyFormState, f) },
  { key: `${DIR}/forgot-password-action.ts#forgotPasswordAction`, base: () => formOf({ email: someone() }), run: (f) => forgotPasswordAction(emptyFormState, f) },
  { key: `${DIR}/reset-password-action.ts#resetPasswordAction`, base: () => formOf({ token: token(), password: 'lantern orchard velvet', confirm: 'lantern orchard velvet' }), run: (f) => resetPasswordAction(emptyFormState, f) },
  { key: `${DIR}/accept-invite-action.ts#acceptInviteAction`, base: () => formOf({ token: token(), name: 'New Colleague', password: 'lantern orchard velvet', confirm: 'lantern orchard velvet' }), run: (f) => acceptInviteAction(emptyFormState, f) },
];

beforeAll(async () => {
  // An account to sign in to, so some runs get past "no such account".
  await makeStaff('EDITOR', { password: 'not the right passphrase' });
}, 120_000);

describe('fuzzing the staff sign-in steps', () => {
  it.each(TARGETS.map((t) => [t.key, t] as const))('answers every generated post to %s', async (key, target) => {
    await fuzz(key, staffOverrides(target), async (overrides) => {
      jar.clear();
      await expectAnswered(target, staffPost(target, overrides));
    });
  });

  it('shows the invitation and reset pages, or says the link no longer works, for every generated link', async () => {
    await fuzz('pages /staff/invite/[token], /staff/reset/[token]', segment([token()]), async (t) => {
      for (const Page of [InvitePage, ResetPage]) {
        const html = await renderHtml(await Page({ params: Promise.resolve({ token: t }) }));
        expectNoLiveMarkup(html, `token ${t}`);
      }
    });
  });

  it('shows the sign-in page for every generated link, sending nobody off the site afterwards', async () => {
    await fuzz('page /staff/sign-in', queryString(['next', 'ended', 'signed-out', 'reset'], ['/staff', '//evil.example', 'https://evil.example', '/\\evil.example', '1']), async (q) => {
      const html = await renderHtml(await SignInPage({ searchParams: Promise.resolve(paramsOf(q)) }));
      expectNoLiveMarkup(html, `/staff/sign-in?${q}`);
      const next = /name="next" value="([^"]*)"/.exec(html)?.[1] ?? '/staff';
      if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) throw new Error(`sign-in would send the visitor to ${next}`);
    });
  });
});

