// Every staff action, called directly as a stranger, as an editor where only
// admins may act, and as a disabled account, is refused — and the database
// is exactly as it was (only the refusals' audit entries are added). The
// list of actions is checked against the code: every server action and
// route handler in app/ is in the matrix or on the public list.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '../../lib/staff/policy.ts';

const claims = vi.hoisted(() => ({ current: null as SessionClaims | null }));
vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: async () => claims.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { AuthorizationError } from '../../lib/staff/guards.ts';
import { db, rawQuery } from '../support/db.ts';
import { makeStaff, type TestStaff } from '../support/staff.ts';
import { content, fixtures, prepareMatrixFixtures, REFERRAL_READ_MODULES, REFERRAL_READS, STAFF_ACTIONS, type Reader } from './staff-actions.ts';
import { redirectOf } from './support/staff-actions-harness.ts';
import { PUBLIC_ENTRY_POINTS } from './public-entry-points.ts';
import { compareWithLists, describeUnlisted, keyOf, scanEntryPoints } from '../support/server-entry-points.ts';

type Snapshot = Record<string, { rows: number; lastUpdate: string | null }>;

/** Row count and latest updatedAt of every table, except the audit log refusals write to. */
async function snapshot(): Promise<Snapshot> {
  const tables = await rawQuery<{ table_name: string; has_updated: boolean }>(`
    SELECT t.table_name, EXISTS (
      SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'updatedAt'
    ) AS has_updated
    FROM information_schema.tables t
    WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name NOT IN ('AuditLog', 'AuditRollup', '_prisma_migrations')
    ORDER BY t.table_name`);
  const out: Snapshot = {};
  for (const t of tables) {
    const [row] = await rawQuery<{ n: bigint; last: Date | null }>(
      `SELECT COUNT(*) AS n, ${t.has_updated ? 'MAX("updatedAt")' : 'NULL::timestamp'} AS last FROM "${t.table_name}"`,
    );
    out[t.table_name] = { rows: Number(row?.n ?? 0), lastUpdate: row?.last ? new Date(row.last).toISOString() : null };
  }
  return out;
}

async function claimsOf(s: TestStaff): Promise<SessionClaims> {
  const row = await db.staffUser.findUniqueOrThrow({ where: { id: s.id }, select: { sessionVersion: true } });
  return { userId: s.id, sessionVersion: row.sessionVersion, issuedAt: Date.now(), lastSeenAt: Date.now() };
}

let editor: TestStaff;
let disabledAdmin: TestStaff;

beforeAll(async () => {
  await prepareMatrixFixtures(db);
  editor = await makeStaff('EDITOR', { totp: true, password: fixtures.password });
  disabledAdmin = await makeStaff('ADMIN', { password: fixtures.password });
  await db.staffUser.update({ where: { id: disabledAdmin.id }, data: { disabledAt: new Date() } });
});

async function expectAllRefused(cases: typeof STAFF_ACTIONS, who: () => Promise<SessionClaims | null>) {
  const before = await snapshot();
  const auditBefore = await db.auditLog.count({ where: { action: 'auth.refused' } });
  for (const c of cases) {
    claims.current = await who();
    await expect(c.call(), c.name).rejects.toBeInstanceOf(AuthorizationError);
  }
  expect(await snapshot()).toEqual(before);
  expect(await db.auditLog.count({ where: { action: 'auth.refused' } })).toBe(auditBefore + cases.length);
}

const root = path.resolve(import.meta.dirname, '../..');
const scan = scanEntryPoints(root);
const publicKeys = new Set(PUBLIC_ENTRY_POINTS.map(keyOf));

/** `file#name` of each function the matrix calls, found by identity among what app/ exports. */
async function matrixCoverage(): Promise<{ covered: Set<string>; strays: string[] }> {
  const keyByFunction = new Map<unknown, string>();
  for (const e of scan.entries.filter((x) => !publicKeys.has(keyOf(x)))) {
    // The module instance staff-actions.ts imported, so functions compare by identity.
    const mod = (await import(/* @vite-ignore */ path.join(root, e.file))) as Record<string, unknown>;
    keyByFunction.set(mod[e.name], keyOf(e));
  }
  const covered = new Set<string>();
  const strays: string[] = [];
  for (const a of STAFF_ACTIONS) {
    const key = keyByFunction.get(a.covers);
    if (key) covered.add(key);
    else strays.push(`matrix entry ${a.name} runs a function that is not a staff server action or route handler exported from app/`);
  }
  return { covered, strays };
}

describe('authorization matrix', () => {
  it('lists every staff action once', () => {
    const names = STAFF_ACTIONS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('finds the server actions and route handlers of the site in the code', () => {
    const keys = scan.entries.map(keyOf);
    // Proof the scan reads this tree, so an empty list below means something.
    expect(keys).toContain('app/staff/actions/sign-out-action.ts#signOutAction');
    expect(keys).toContain('app/staff/fact-sheets/preview/route.ts#POST');
    expect(keys).toContain('app/refer/actions.ts#submitReferralAction');
  });

  it('has a matrix entry for every action and route handler a visitor can reach, unless it is listed as public', async () => {
    const { covered, strays } = await matrixCoverage();
    const listing = compareWithLists(scan.entries, covered, publicKeys);
    expect([...listing.unlisted.map(describeUnlisted), ...strays]).toEqual([]);
    expect(listing.both.map((k) => `${k} is on the public list and in the matrix`)).toEqual([]);
    expect(scan.inlineActions.map((at) => `${at} declares 'use server' inside a function; move it to an actions file so the matrix can list it`)).toEqual([]);
  });

  it('keeps the public list to real, non-staff entry points, each with a reason', () => {
    const listing = compareWithLists(scan.entries, new Set(), publicKeys);
    expect(listing.staleAllowed.map((k) => `${k} is on the public list but the code no longer exports it`)).toEqual([]);
    expect(PUBLIC_ENTRY_POINTS.filter((p) => p.file.startsWith('app/staff/') || p.reason.trim().length < 10).map(keyOf)).toEqual([]);
  });

  it('refuses a visitor who is not signed in, for every action', async () => {
    await expectAllRefused(STAFF_ACTIONS, async () => null);
  });

  it('refuses an editor on every admin-only action', async () => {
    await expectAllRefused(
      STAFF_ACTIONS.filter((a) => a.adminOnly),
      () => claimsOf(editor),
    );
  });

  it('refuses a disabled account, even an administrator, for every action', async () => {
    await expectAllRefused(STAFF_ACTIONS, () => claimsOf(disabledAdmin));
  });

  it('refuses a session whose account signed out everywhere', async () => {
    const stale = await claimsOf(editor);
    await db.staffUser.update({ where: { id: editor.id }, data: { sessionVersion: { increment: 1 } } });
    await expectAllRefused(
      STAFF_ACTIONS.filter((a) => !a.adminOnly),
      async () => stale,
    );
  });
});

/** Every page under app/staff/referrals, found on disk so a new one cannot be missed. */
function referralPages(): string[] {
  const dir = path.join(root, 'app/staff/referrals');
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === 'page.tsx')
    .map((f) => path.join('app/staff/referrals', f))
    .sort();
}

describe('referral access, separate from editing listings', () => {
  const readerOf = (s: { id: string; email: string; name: string; role: 'ADMIN' | 'EDITOR' }): Reader => ({ userId: s.id, email: s.email, name: s.name, role: s.role, referralAccess: false });

  it('refuses an editor without referral access on every referral action', async () => {
    const cases = STAFF_ACTIONS.filter((a) => a.referralsOnly);
    expect(cases.map((a) => a.name)).toEqual(['referral.work', 'referral.assign', 'privacy.search', 'privacy.correct', 'privacy.erase', 'privacy.export']);
    await expectAllRefused(cases, () => claimsOf(editor));
  });

  it('sends an editor without referral access away from every referral page, and no client details are opened', async () => {
    const pages = referralPages();
    expect(pages).toEqual(['app/staff/referrals/[id]/page.tsx', 'app/staff/referrals/page.tsx']);
    const before = await snapshot();
    const refusals = await db.auditLog.count({ where: { action: 'auth.refused', actorId: editor.id } });
    for (const file of pages) {
      claims.current = await claimsOf(editor);
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as { default: (p: unknown) => Promise<unknown> };
      const props = { params: Promise.resolve({ id: content.referralId }), searchParams: Promise.resolve({}) };
      expect(await redirectOf(mod.default(props)), file).toMatch(/^\/staff\/not-allowed/);
    }
    expect(await snapshot()).toEqual(before);
    expect(await db.auditLog.count({ where: { action: 'auth.refused', actorId: editor.id } })).toBe(refusals + pages.length);
    expect(await db.auditLog.count({ where: { action: 'referral.view' } })).toBe(0);
  });

  it('lists every function of the referral staff data modules among the guarded reads', () => {
    const covered = new Set<unknown>(REFERRAL_READS.map((r) => r.covers));
    const missing = Object.entries(REFERRAL_READ_MODULES).flatMap(([file, mod]) =>
      Object.entries(mod).filter(([, v]) => typeof v === 'function' && !covered.has(v)).map(([name]) => `${file}#${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('refuses every referral data read to an editor without referral access, even when a page forgets its guard', async () => {
    const before = await snapshot();
    for (const r of REFERRAL_READS) {
      await expect(r.call(readerOf(editor)), r.name).rejects.toBeInstanceOf(AuthorizationError);
    }
    expect(await snapshot()).toEqual(before);
    expect(await db.auditLog.count({ where: { action: 'referral.view' } })).toBe(0);
  });
});
