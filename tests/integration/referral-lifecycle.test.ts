// After sending: what is stored (ciphertext only), the referrer's status
// link, staff status changes, retention, and the rate limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, rawQuery } from '../support/db.ts';
import { referralFields, testEncryptionKey, toFormData, type FormFields } from '../support/referral-form.ts';
import { buildGroup, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { changeReferralStatus, getReferralForStaff } from '../../lib/referrals/data.ts';
import { getReferralStatusByToken } from '../../lib/referrals/status-page-data.ts';
import { eraseExpiredReferrals } from '../../lib/referrals/retention.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';
import { asSession, makeStaff, type TestStaff } from '../support/staff.ts';

process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();

const roomy = { perIp: { name: 't-ip', points: 10_000, durationSeconds: 60 }, perEmail: { name: 't-email', points: 10_000, durationSeconds: 60 } };
const DAY = 86_400_000;

async function sendOk(fields: FormFields) {
  const { outcome } = await submitReferral(toFormData(fields), { ip: '198.51.100.2', limits: roomy });
  if (outcome.kind !== 'sent' || !outcome.statusToken) throw new Error(`expected a new referral, got ${outcome.kind}`);
  const { id } = await db.referral.findUniqueOrThrow({ where: { reference: outcome.reference }, select: { id: true } });
  return { id, reference: outcome.reference, token: outcome.statusToken };
}

let reader: TestStaff;
/** The client's details as a staff member with referral access opens them. */
const openAsStaff = (id: string) => getReferralForStaff(id, { actor: asSession(reader), ip: '' });

beforeAll(async () => {
  reader = await makeStaff('EDITOR', { totp: true, referralAccess: true });
  await createTopics(db);
  await createGroup(db, buildGroup({ slug: 'riverside-caregivers', name: 'Riverside Caregivers' }));
});
afterAll(closeRateLimitPools);

describe('what is stored', () => {
  it("raw SQL sees ciphertext, never the client's name, contact, needs or notes", async () => {
    const fields = referralFields({ clientName: 'Marisol', clientPhone: '905-555-0177', notes: 'Prefers evening groups near the lake.' });
    const { id, reference } = await sendOk(fields);
    const [row] = await rawQuery<Record<string, string | null>>(`SELECT "clientNameEnc", "clientContactEnc", "clientAccessibilityEnc", "clientBestTimesEnc", "notesEnc" FROM "Referral" WHERE id = $1`, id);
    for (const v of Object.values(row ?? {})) expect(v).toMatch(/^v2\.[0-9a-f]{8}\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const [whole] = await rawQuery<{ t: string }>(`SELECT r::text AS t FROM "Referral" r WHERE id = $1`, id);
    for (const secret of ['Marisol', '905-555-0177', 'evening groups', 'walker', 'Weekday mornings']) expect(whole?.t).not.toContain(secret);
    const mail = await rawQuery<{ t: string }>(`SELECT m::text AS t FROM "OutboxMessage" m WHERE subject LIKE $1`, `%${reference}%`);
    expect(mail).toHaveLength(2);
    for (const m of mail) for (const secret of ['Marisol', '905-555-0177', 'evening groups']) expect(m.t).not.toContain(secret);
    const staff = await openAsStaff(id);
    expect(staff?.client).toMatchObject({ name: 'Marisol', contactMethod: 'PHONE', contact: '905-555-0177' });
    expect(staff?.notes).toBe('Prefers evening groups near the lake.');
    expect(staff?.unreadable).toBe(false);
  });

  it('hostile text is either refused with a message or stored and read back exactly', async () => {
    const stored: FormFields = {
      referrerName: '<img src=x onerror=alert(1)>',
      referrerOrganisation: `Robert'); DROP TABLE "Referral";-- & Sons`,
      clientName: 'Zoë 李',
      clientBestTimes: 'Mornings\nnot Fridays\t(prayer)',
      notes: `<script>alert("x")</script> ' OR 1=1; -- محمد ŻÓŁW 🙂 \\x00`,
      clientLanguage: 'ᐃᓄᒃᑎᑐᑦ (Inuktitut)',
    };
    const { id } = await sendOk(referralFields(stored));
    const staff = await openAsStaff(id);
    expect(staff?.referrer.name).toBe(stored.referrerName);
    expect(staff?.referrer.organisation).toBe(stored.referrerOrganisation);
    expect(staff?.client.name).toBe(stored.clientName);
    expect(staff?.client.bestTimes).toBe(stored.clientBestTimes);
    expect(staff?.client.language).toBe(stored.clientLanguage);
    expect(staff?.notes).toBe(stored.notes);
    expect(await db.referral.count()).toBeGreaterThan(0);

    for (const refused of [{ referrerName: 'a\u0007b' }, { clientName: 'Sam\u202e' }, { notes: 'x'.repeat(1_000_000) }, { referrerEmail: 'a@b.c\r\nBcc: x@y.z' }]) {
      const { outcome } = await submitReferral(toFormData(referralFields(refused)), { ip: '198.51.100.2', limits: roomy });
      expect(['invalid', 'refused']).toContain(outcome.kind);
    }
  });
});

describe('the closed loop', () => {
  it('the status link shows the reference, the status in plain words and dated changes, never client details or notes', async () => {
    const { id, reference, token } = await sendOk(referralFields({ groupSlug: 'riverside-caregivers', clientName: 'Dariusz' }));
    const t0 = new Date();
    const first = await changeReferralStatus(id, 'IN_PROGRESS', { actorId: null, note: 'Called Dariusz, left a message' }, new Date(t0.getTime() + 1000));
    expect(first).toMatchObject({ reference, status: 'IN_PROGRESS', changed: true, closedAt: null });
    // A note without a change adds history but no status change and no mail.
    const noteOnly = await changeReferralStatus(id, 'IN_PROGRESS', { actorId: null, note: 'Second call' }, new Date(t0.getTime() + 2000));
    expect(noteOnly?.changed).toBe(false);
    const closed = await changeReferralStatus(id, 'CONNECTED', { actorId: null }, new Date(t0.getTime() + 3000));
    expect(closed?.closedAt).toEqual(new Date(t0.getTime() + 3000));

    const view = await getReferralStatusByToken(token);
    expect(view).toMatchObject({ reference, status: 'CONNECTED', groupName: 'Riverside Caregivers' });
    expect(view?.history.map((h) => h.status)).toEqual(['NEW', 'IN_PROGRESS', 'CONNECTED']);
    expect(JSON.stringify(view)).not.toMatch(/Dariusz|message|Second call/);

    const updates = await db.outboxMessage.findMany({ where: { kind: 'referral.update', subject: { contains: reference } }, select: { text: true } });
    expect(updates).toHaveLength(2);
    expect(updates.map((u) => u.text).join()).toMatch(/now: Connected/);
    expect(updates.map((u) => u.text).join()).not.toMatch(/Dariusz/);
    expect((await openAsStaff(id))?.events.map((e) => e.note)).toEqual([null, 'Called Dariusz, left a message', 'Second call', null]);
  });

  it('an unknown, malformed or expired link finds nothing', async () => {
    const { token } = await sendOk(referralFields());
    expect(await getReferralStatusByToken('A'.repeat(43))).toBeNull();
    expect(await getReferralStatusByToken("' OR 1=1 --")).toBeNull();
    expect(await getReferralStatusByToken(token, new Date(Date.now() + 181 * DAY))).toBeNull();
    expect(await changeReferralStatus('no-such-id', 'CLOSED', { actorId: null })).toBeNull();
  });
});

describe('retention', () => {
  it('erases client details of referrals closed more than 180 days ago, and nothing else', async () => {
    const now = new Date();
    const old = await sendOk(referralFields({ clientName: 'Oldclosed' }));
    const recent = await sendOk(referralFields({ clientName: 'Recentclosed' }));
    const open = await sendOk(referralFields({ clientName: 'Stillopen' }));
    // Sent 200 days ago, so it can have been closed 181 days ago.
    await rawQuery(`UPDATE "Referral" SET "createdAt" = $2 WHERE id = $1`, old.id, new Date(now.getTime() - 200 * DAY));
    await rawQuery(`UPDATE "ReferralEvent" SET "createdAt" = $2 WHERE "referralId" = $1`, old.id, new Date(now.getTime() - 200 * DAY));
    await changeReferralStatus(old.id, 'CLOSED', { actorId: null, note: 'Joined the group' }, new Date(now.getTime() - 181 * DAY));
    await changeReferralStatus(recent.id, 'NOT_SUITABLE', { actorId: null }, new Date(now.getTime() - 179 * DAY));
    const eventsBefore = await db.referralEvent.count({ where: { referralId: old.id } });

    expect(await eraseExpiredReferrals(now, 180)).toBe(1);
    const [erased] = await rawQuery<Record<string, unknown>>(
      `SELECT "clientNameEnc", "clientContactEnc", "clientAccessibilityEnc", "clientBestTimesEnc", "notesEnc", "erasedAt", status::text, "closedAt", "referrerEmail" FROM "Referral" WHERE id = $1`,
      old.id,
    );
    expect(erased).toMatchObject({ clientNameEnc: null, clientContactEnc: null, clientAccessibilityEnc: null, clientBestTimesEnc: null, notesEnc: null, status: 'CLOSED', erasedAt: now });
    expect(await db.referralEvent.count({ where: { referralId: old.id } })).toBe(eventsBefore);
    expect(await db.referralEvent.count({ where: { referralId: old.id, noteEnc: { not: null } } })).toBe(0);
    expect((await getReferralStatusByToken(old.token))?.history.map((h) => h.status)).toEqual(['NEW', 'CLOSED']);

    expect((await openAsStaff(recent.id))?.client.name).toBe('Recentclosed');
    expect((await openAsStaff(open.id))?.client.name).toBe('Stillopen');
    expect(await eraseExpiredReferrals(now, 180)).toBe(0);
  });
});

describe('rate limits', () => {
  it('blocks the 6th referral from one address within the window, says how long to wait, and lets it through after', async () => {
    const limits = { perIp: { name: 'short-ip', points: 5, durationSeconds: 2 }, perEmail: roomy.perEmail };
    const send = (f: FormFields, ip = '203.0.113.7') => submitReferral(toFormData(f), { ip, limits });
    for (let i = 0; i < 5; i++) expect((await send(referralFields())).outcome.kind).toBe('sent');
    const sixth = referralFields();
    const blocked = await send(sixth);
    expect(blocked.outcome).toMatchObject({ kind: 'refused', message: expect.stringMatching(/wait a minute and try again/) });
    expect(await db.referral.count({ where: { idempotencyKey: String(sixth.idempotencyKey) } })).toBe(0);
    expect((await send(referralFields(), '203.0.113.8')).outcome.kind).toBe('sent');
    await new Promise((r) => setTimeout(r, 2100));
    expect((await send(sixth)).outcome.kind).toBe('sent');
    const keys = await rawQuery<{ key: string }>(`SELECT key FROM rate_limits`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.map((k) => k.key).join()).not.toMatch(/203\.0\.113|@/);
  });

  it('allows 10 referrals a day from one referrer email, from any address', async () => {
    const limits = { perIp: roomy.perIp, perEmail: { name: 'day-email', points: 10, durationSeconds: 86_400 } };
    const email = 'busy.worker@clinic.example';
    for (let i = 0; i < 10; i++) expect((await submitReferral(toFormData(referralFields({ referrerEmail: email })), { ip: `192.0.2.${i}`, limits })).outcome.kind).toBe('sent');
    const eleventh = await submitReferral(toFormData(referralFields({ referrerEmail: 'Busy.Worker@clinic.example' })), { ip: '192.0.2.99', limits });
    expect(eleventh.outcome).toMatchObject({ kind: 'refused', message: expect.stringMatching(/about (2[34] hours|1440 minutes)/) });
  });
});
