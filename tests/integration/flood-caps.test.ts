// A flood of refused requests or sign-in attempts cannot grow the audit
// trail or the sign-in log without bound: beyond a cap only counts grow, and
// every attempt is still counted.
import { describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { makeStaff } from '../support/staff.ts';
import { recordAudit } from '../../lib/audit/record.ts';
import { ALL_SOURCES_PER_HOUR, PER_SOURCE_PER_HOUR } from '../../lib/audit/flood-cap.ts';
import { rollUpLoginAttempts } from '../../lib/staff/login-attempts-retention.ts';

const rolledUp = (action: string, source: string) =>
  db.auditRollup.aggregate({ where: { action, source }, _sum: { count: true } }).then((r) => r._sum.count ?? 0);

describe('the audit trail under a flood', () => {
  it('keeps a bounded number of refusals from one address each hour, and counts every one of them', async () => {
    const ip = '203.0.113.77';
    const flood = PER_SOURCE_PER_HOUR * 10;
    for (let i = 0; i < flood; i++) await recordAudit(db, { actor: null, action: 'auth.sign-in-failed', after: { email: `guess${i}@example.org`, reason: 'unknown-email' }, ip });
    expect(await db.auditLog.count({ where: { action: 'auth.sign-in-failed', ip } })).toBe(PER_SOURCE_PER_HOUR);
    expect(await rolledUp('auth.sign-in-failed', ip)).toBe(flood);
    // Entries that are not refusals are never capped.
    const staff = await makeStaff('EDITOR');
    for (let i = 0; i < PER_SOURCE_PER_HOUR + 5; i++) {
      await recordAudit(db, { actor: { userId: staff.id, email: staff.email }, action: 'group.update', entityType: 'Group', entityId: `g${i}`, ip });
    }
    expect(await db.auditLog.count({ where: { action: 'group.update', ip } })).toBe(PER_SOURCE_PER_HOUR + 5);
  });

  it('stops adding refusal rows at the hourly cap even when every request comes from a new address', async () => {
    const flood = ALL_SOURCES_PER_HOUR + 100;
    for (let i = 0; i < flood; i++) await recordAudit(db, { actor: null, action: 'auth.password-reset-requested', after: { sent: false }, ip: `198.18.${i >> 8}.${i & 255}` });
    expect(await db.auditLog.count({ where: { action: 'auth.password-reset-requested' } })).toBeLessThanOrEqual(ALL_SOURCES_PER_HOUR);
    expect(await rolledUp('auth.password-reset-requested', '*')).toBe(flood);
    expect(await db.auditRollup.count({ where: { action: 'auth.password-reset-requested' } })).toBeLessThanOrEqual(ALL_SOURCES_PER_HOUR + 1);
  });
});

describe('the sign-in log under a flood', () => {
  it('is rolled up into daily counts per account down to its cap, keeping the last hour for lockout, with every attempt counted', async () => {
    const staff = await makeStaff('EDITOR');
    const now = Date.now();
    const rows = (n: number, ageMs: (i: number) => number, account: string | null) =>
      Array.from({ length: n }, (_, i) => ({
        email: account ? staff.email : `guess${i}@example.org`,
        staffUserId: account,
        ip: `192.0.2.${i % 250}`,
        success: false,
        reason: account ? 'bad-password' : 'unknown-email',
        createdAt: new Date(now - ageMs(i)),
      }));
    const before = await db.loginAttempt.count();
    await db.loginAttempt.createMany({ data: rows(100, (i) => i * 1000, staff.id) });
    await db.loginAttempt.createMany({ data: rows(2000, (i) => 2 * 3600_000 + i * 1000, staff.id) });
    await db.loginAttempt.createMany({ data: rows(1000, (i) => 40 * 86_400_000 + i * 1000, null) });
    const total = before + 3100;

    await rollUpLoginAttempts(new Date(now), { days: 30, maxRows: 500 });

    const left = await db.loginAttempt.count();
    expect(left).toBe(500);
    expect(await db.loginAttempt.count({ where: { createdAt: { gt: new Date(now - 3600_000) } } })).toBe(100);
    const daily = await db.loginAttemptDaily.aggregate({ _sum: { count: true } });
    expect(left + (daily._sum.count ?? 0)).toBe(total);
    const unknown = await db.loginAttemptDaily.aggregate({ where: { accountId: '', reason: 'unknown-email' }, _sum: { count: true } });
    expect(unknown._sum.count).toBe(1000);
    // Running again changes nothing: the table is already within its cap.
    await rollUpLoginAttempts(new Date(now), { days: 30, maxRows: 500 });
    expect(await db.loginAttempt.count()).toBe(500);
  });
});
