// One-time links (password reset, invitation, referral status) reach their
// recipient by real SMTP, yet the stored outbox row never holds them, staff
// never read them in the console, sent mail does not stay forever, and a
// reset link dies when the password changes.
import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db, rawQuery } from '../support/db.ts';
import { referralFields, testEncryptionKey, toFormData } from '../support/referral-form.ts';
import { asSession, makeStaff } from '../support/staff.ts';
import { startLocalSmtp, type LocalSmtp } from '../support/smtp.ts';
import { freePort } from '../../scripts/lib/embedded-db.ts';
import { buildGroup, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { deliverOutboxMessage } from '../../lib/mail/index.ts';
import { closeTransports } from '../../lib/mail/transport.ts';
import { purgeSentMail } from '../../lib/mail/outbox-data.ts';
import { listOutbox } from '../../lib/mail/outbox-list-data.ts';
import { acceptInvitation, inviteStaff, requestPasswordReset, resetPassword } from '../../lib/staff/tokens-data.ts';
import { changeOwnPassword } from '../../lib/staff/own-account-data.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';
import { startWorkers, stopWorkers } from '../../lib/jobs/worker.ts';
import { jobs, QUEUES } from '../../lib/jobs/queue.ts';

process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();

const limits = { perIp: { name: 'otl-ip', points: 1000, durationSeconds: 60 }, perEmail: { name: 'otl-email', points: 1000, durationSeconds: 60 } };
const LINK = /https?:\/\/\S+\/(staff\/(invite|reset)|referrals\/status)\/[A-Za-z0-9_-]{20,}/;
let smtp: LocalSmtp;
let smtpUrl: string;

beforeAll(async () => {
  await createTopics(db);
  await createGroup(db, buildGroup({ slug: 'lakeside-circle', name: 'Lakeside Circle' }));
});
afterEach(async () => {
  await stopWorkers();
  closeTransports();
  if (smtp) await smtp.close();
});
afterAll(closeRateLimitPools);

async function startSmtp() {
  const port = await freePort();
  smtp = await startLocalSmtp(port, []);
  smtpUrl = `smtp://127.0.0.1:${port}`;
}

/** The newest outbox row to this address, as raw SQL sees the whole row. */
async function storedRowTo(email: string) {
  const [row] = await rawQuery<{ id: string; t: string }>(`SELECT id, m::text AS t FROM "OutboxMessage" m WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`, email);
  if (!row) throw new Error(`no mail to ${email}`);
  return row;
}

/** Delivers the message by SMTP and returns the link the recipient got. */
async function deliverAndReadLink(id: string, path: 'staff/reset' | 'staff/invite' | 'referrals/status'): Promise<string> {
  expect((await deliverOutboxMessage(id, { smtpUrl })).outcome).toBe('sent');
  const mail: ParsedMail | undefined = smtp.received.at(-1);
  const match = mail?.text?.match(new RegExp(`/${path}/([A-Za-z0-9_-]{43})`));
  if (!match?.[1]) throw new Error(`no ${path} link in the mail received`);
  return match[1];
}

describe('one-time links in mail', () => {
  it('a password reset link is never in the stored message, but the email that arrives carries one that works', async () => {
    await startSmtp();
    const editor = await makeStaff('EDITOR');
    await requestPasswordReset(editor.email, '');
    const before = await storedRowTo(editor.email);
    expect(before.t).not.toMatch(LINK);
    const token = await deliverAndReadLink(before.id, 'staff/reset');
    expect(before.t).not.toContain(token);
    expect((await storedRowTo(editor.email)).t).not.toContain(token);
    expect(await resetPassword(token, 'fresh meadow lantern', '')).toBe(true);
  });

  it('an invitation link is never in the stored message, and the invited colleague can use the one in the email', async () => {
    await startSmtp();
    const admin = await makeStaff('ADMIN');
    expect(await inviteStaff(asSession(admin), 'colleague.one@example.org', 'EDITOR', '')).toMatchObject({ ok: true });
    const row = await storedRowTo('colleague.one@example.org');
    expect(row.t).not.toMatch(LINK);
    const token = await deliverAndReadLink(row.id, 'staff/invite');
    expect(row.t).not.toContain(token);
    expect(await acceptInvitation(token, 'Jordan Reyes', 'lantern orchard velvet', '')).toMatchObject({ email: 'colleague.one@example.org' });
  });

  it("a referrer's status link is never in the stored message, and arrives by email", async () => {
    await startSmtp();
    const fields = referralFields({ groupSlug: 'lakeside-circle' });
    const { outcome } = await submitReferral(toFormData(fields), { ip: '198.51.100.30', limits });
    if (outcome.kind !== 'sent' || !outcome.statusToken) throw new Error('expected a new referral');
    const row = await storedRowTo(String(fields.referrerEmail));
    expect(row.t).not.toContain(outcome.statusToken);
    expect(row.t).not.toMatch(LINK);
    expect(await deliverAndReadLink(row.id, 'referrals/status')).toBe(outcome.statusToken);
    expect((await storedRowTo(String(fields.referrerEmail))).t).not.toContain(outcome.statusToken);
  });

  it('without a mail server the inviting administrator is handed the link once, and the outbox keeps none', async () => {
    const admin = await makeStaff('ADMIN');
    const result = await inviteStaff(asSession(admin), 'colleague.two@example.org', 'EDITOR', '', { mailServer: false });
    if (!result.ok || !result.handOver) throw new Error('expected the link to hand over');
    const token = result.handOver.match(/\/staff\/invite\/([A-Za-z0-9_-]{43})$/)?.[1] ?? '';
    const row = await storedRowTo('colleague.two@example.org');
    expect((await deliverOutboxMessage(row.id, { smtpUrl: null })).outcome).toBe('kept');
    const [after] = await rawQuery<{ t: string; linkEnc: string | null }>(`SELECT m::text AS t, "linkEnc" FROM "OutboxMessage" m WHERE id = $1`, row.id);
    expect(after?.t).not.toContain(token);
    expect(after?.linkEnc).toBeNull();
    expect(await acceptInvitation(token, 'Casey Morgan', 'lantern orchard velvet', '')).not.toBeNull();
  });

  it('staff, administrators included, see every one-time link hidden in the outbox, even in mail stored before links were kept apart', async () => {
    const editor = await makeStaff('EDITOR');
    await requestPasswordReset(editor.email, '');
    // A message written in the old way, with the link in its text.
    await db.outboxMessage.create({
      data: { to: 'old@example.org', subject: 'Old reset', kind: 'staff.password-reset', text: `Reset here:\nhttp://localhost:3000/staff/reset/${'a'.repeat(43)}\nThanks` },
    });
    const { items } = await listOutbox({ page: 1 });
    const shown = items.filter((i) => i.to === editor.email || i.to === 'old@example.org');
    expect(shown).toHaveLength(2);
    for (const m of shown) {
      expect(m.text).not.toMatch(LINK);
      expect(m.text).toMatch(/one-time link/i);
    }
  });
});

describe('sent mail', () => {
  it('is deleted after the set period, while mail not yet sent stays however old', async () => {
    const day = 86_400_000;
    const now = new Date();
    const make = (subject: string, createdAt: Date, sentAt: Date | null) =>
      db.outboxMessage.create({ data: { to: 'purge@example.org', subject, text: 'Hello', kind: 'test', createdAt, sentAt }, select: { id: true } });
    const oldSent = await make('old sent', new Date(now.getTime() - 40 * day), new Date(now.getTime() - 40 * day));
    const recentSent = await make('recent sent', new Date(now.getTime() - 5 * day), new Date(now.getTime() - 5 * day));
    const oldUnsent = await make('old unsent', new Date(now.getTime() - 40 * day), null);
    expect(await purgeSentMail(now, 30)).toBeGreaterThanOrEqual(1);
    const left = await db.outboxMessage.findMany({ where: { to: 'purge@example.org' }, select: { id: true } });
    expect(left.map((m) => m.id).sort()).toEqual([recentSent.id, oldUnsent.id].sort());
    expect(left.map((m) => m.id)).not.toContain(oldSent.id);
  });

  it('is deleted by the daily purge job the worker runs', async () => {
    const old = new Date(Date.now() - 31 * 86_400_000);
    const sent = await db.outboxMessage.create({ data: { to: 'job@example.org', subject: 'old', text: 'Hello', kind: 'test', createdAt: old, sentAt: old }, select: { id: true } });
    await startWorkers({ smtpUrl: null, pollingIntervalSeconds: 0.5 });
    await jobs.boss?.send(QUEUES.mailPurge, {});
    const end = Date.now() + 30_000;
    while (await db.outboxMessage.count({ where: { id: sent.id } })) {
      if (Date.now() > end) throw new Error('the purge job did not run');
      await new Promise((r) => setTimeout(r, 200));
    }
  });
});

describe('a password change', () => {
  it('ends every reset link the account still had outstanding', async () => {
    await startSmtp();
    const editor = await makeStaff('EDITOR');
    await requestPasswordReset(editor.email, '');
    const token = await deliverAndReadLink((await storedRowTo(editor.email)).id, 'staff/reset');
    expect(await changeOwnPassword(asSession(editor), editor.password, 'a completely new passphrase', '')).toBe('done');
    expect(await resetPassword(token, 'someone elses passphrase', '')).toBe(false);
  });
});
