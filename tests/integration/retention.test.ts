// Retention covers every personal detail the directory keeps, not only
// closed referrals: a referral in any state, visitors' messages to groups,
// the outbox, and the addresses in sign-in attempts. Rows are aged past the
// limit in SQL, then the daily retention run removes what it must.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, rawQuery } from '../support/db.ts';
import { referralFields, testEncryptionKey, toFormData, type FormFields } from '../support/referral-form.ts';
import { makeStaff } from '../support/staff.ts';
import { buildGroup, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { changeReferralStatus } from '../../lib/referrals/data.ts';
import { submitGroupMessage, CONTACT_LIMITS_PER } from '../../lib/listings/contact-submit.ts';
import { runRetention } from '../../lib/jobs/retention.ts';
import { env } from '../../lib/env.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';

process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();

const DAY = 86_400_000;
const limits = { perIp: { name: 'ret-ip', points: 1000, durationSeconds: 60 }, perEmail: { name: 'ret-email', points: 1000, durationSeconds: 60 } };
const roomy = {
  perIp: { name: 'ret-c-ip', points: 1000, durationSeconds: 60 },
  perEmail: { name: 'ret-c-email', points: 1000, durationSeconds: 60 },
  perGroup: { name: 'ret-c-group', points: 1000, durationSeconds: 60 },
} satisfies typeof CONTACT_LIMITS_PER;

async function refer(fields: FormFields) {
  const { outcome } = await submitReferral(toFormData(fields), { ip: '198.51.100.40', limits });
  if (outcome.kind !== 'sent') throw new Error(`expected a new referral, got ${outcome.kind}`);
  return db.referral.findUniqueOrThrow({ where: { reference: outcome.reference }, select: { id: true, reference: true } });
}

async function age(table: 'Referral' | 'ReferralEvent' | 'OutboxMessage' | 'LoginAttempt', where: string, id: string, days: number) {
  await rawQuery(`UPDATE "${table}" SET "createdAt" = now() - make_interval(days => $2) WHERE "${where}" = $1`, id, days);
}

beforeAll(async () => {
  await createTopics(db);
  await createGroup(db, buildGroup({ slug: 'willow-room', name: 'Willow Room', phone: null, email: null, website: null, privateContactEmail: 'willow@example.org' }));
});
afterAll(closeRateLimitPools);

describe('retention', () => {
  it("erases the client's and the referrer's details of a referral past the limit whatever its state, and keeps recent ones", async () => {
    const days = env().REFERRAL_RETENTION_DAYS;
    const stale = await refer(referralFields({ clientName: 'Stalenew', referrerName: 'Quinn Stale' }));
    const working = await refer(referralFields({ clientName: 'Stillworking' }));
    const closedLongAgo = await refer(referralFields({ clientName: 'Closedold', referrerName: 'Quinn Closed' }));
    const fresh = await refer(referralFields({ clientName: 'Freshone' }));
    await age('Referral', 'id', stale.id, days + 5);
    await age('Referral', 'id', working.id, days + 5);
    await changeReferralStatus(working.id, 'IN_PROGRESS', { actorId: null, note: 'Left a message for the client' }, new Date(Date.now() - (days + 1) * DAY));
    await age('Referral', 'id', closedLongAgo.id, days + 30);
    await changeReferralStatus(closedLongAgo.id, 'CLOSED', { actorId: null }, new Date(Date.now() - (days + 2) * DAY));

    await runRetention(new Date());

    const rows = await rawQuery<{ id: string; erased: boolean; referrerName: string; referrerEmail: string; referrerPhone: string; notes: number }>(
      `SELECT r.id, r."erasedAt" IS NOT NULL AND r."clientNameEnc" IS NULL AND r."clientContactEnc" IS NULL AND r."notesEnc" IS NULL AS erased,
              r."referrerName", r."referrerEmail"::text AS "referrerEmail", r."referrerPhone",
              (SELECT count(*)::int FROM "ReferralEvent" e WHERE e."referralId" = r.id AND e."noteEnc" IS NOT NULL) AS notes
       FROM "Referral" r WHERE r.id = ANY($1)`,
      [stale.id, working.id, closedLongAgo.id, fresh.id],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const gone of [stale, working, closedLongAgo]) {
      expect(byId.get(gone.id)).toMatchObject({ erased: true, referrerName: '', referrerEmail: '', referrerPhone: '', notes: 0 });
    }
    expect(byId.get(fresh.id)).toMatchObject({ erased: false });
    expect(byId.get(fresh.id)?.referrerName).not.toBe('');
  });

  it("deletes a visitor's message to a group, and any other mail, once past the limit, sent or not", async () => {
    const days = env().REFERRAL_RETENTION_DAYS;
    const form = new FormData();
    for (const [k, v] of Object.entries({ group: 'willow-room', name: 'Robin', replyEmail: 'robin.old@example.net', message: 'Is there room on Thursday?', homepage: '' })) form.set(k, v);
    expect((await submitGroupMessage(form, { ip: '198.51.100.41', limits: roomy })).outcome).toEqual({ kind: 'sent' });
    const [contact] = await db.outboxMessage.findMany({ where: { replyTo: 'robin.old@example.net' }, select: { id: true } });
    await age('OutboxMessage', 'id', contact!.id, days + 1);
    const unsent = await db.outboxMessage.create({ data: { to: 'nobody.old@example.org', subject: 'Never went', text: 'Hello', kind: 'test' }, select: { id: true } });
    await age('OutboxMessage', 'id', unsent.id, days + 1);
    const recent = await db.outboxMessage.create({ data: { to: 'recent@example.org', subject: 'Waiting', text: 'Hello', kind: 'test' }, select: { id: true } });

    await runRetention(new Date());

    const left = await db.outboxMessage.findMany({ where: { id: { in: [contact!.id, unsent.id, recent.id] } }, select: { id: true } });
    expect(left.map((m) => m.id)).toEqual([recent.id]);
  });

  it('keeps no address or typed email from sign-in attempts past the limit, only how many there were', async () => {
    const staff = await makeStaff('EDITOR');
    const old = await db.loginAttempt.create({ data: { email: staff.email, staffUserId: staff.id, ip: '203.0.113.50', success: false, reason: 'bad-password' }, select: { id: true } });
    const typo = await db.loginAttempt.create({ data: { email: 'someone.mistyped@example.org', ip: '203.0.113.51', success: false, reason: 'unknown-email' }, select: { id: true } });
    await age('LoginAttempt', 'id', old.id, env().LOGIN_ATTEMPT_RETENTION_DAYS + 1);
    await age('LoginAttempt', 'id', typo.id, env().LOGIN_ATTEMPT_RETENTION_DAYS + 1);

    await runRetention(new Date());

    const [whole] = await rawQuery<{ t: string }>(`SELECT coalesce(string_agg(a::text, ' '), '') AS t FROM "LoginAttempt" a`);
    expect(whole?.t).not.toMatch(/203\.0\.113\.5[01]|someone\.mistyped/);
    const daily = await db.loginAttemptDaily.findMany({ select: { accountId: true, reason: true, count: true } });
    expect(daily).toEqual(expect.arrayContaining([{ accountId: staff.id, reason: 'bad-password', count: 1 }, { accountId: '', reason: 'unknown-email', count: 1 }]));
  });
});
