// Staff work a referral from its page with one form: a note, a new status,
// or both. A new status emails the referrer, so it is made only after staff
// have seen that exact message and confirmed it; pressing confirm twice (or
// two people at once) changes and mails once. Each step is dated, audited,
// and shown on the referrer's status page. Mail goes over real SMTP.
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../support/db.ts';
import { referralFields, testEncryptionKey, toFormData } from '../support/referral-form.ts';
import { startLocalSmtp, type LocalSmtp } from '../support/smtp.ts';
import { freePort } from '../../scripts/lib/embedded-db.ts';
import { buildGroup, createGroup, createStaffUser, createTopics } from '../../prisma/seed/factories.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';
import { deliverOutboxMessage } from '../../lib/mail/index.ts';
import { closeTransports } from '../../lib/mail/transport.ts';
import { getReferralStatusByToken } from '../../lib/referrals/status-page-data.ts';
import { initialReferralWorkState, type ReferralWorkState } from '../../lib/referrals/work-state.ts';
import { workOnReferralAction } from '../../app/staff/referrals/actions/work-on-referral-action.ts';
import { assignReferralAction } from '../../app/staff/referrals/actions/assign-referral-action.ts';
import { formOf, redirectOf, signInAs } from './support/staff-actions-harness.ts';

vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();

const roomy = { perIp: { name: 'sr-ip', points: 10_000, durationSeconds: 60 }, perEmail: { name: 'sr-email', points: 10_000, durationSeconds: 60 } };
let editor: { id: string };
let smtp: LocalSmtp;
let smtpUrl = '';
const received: ParsedMail[] = [];

beforeAll(async () => {
  await createTopics(db);
  await createGroup(db, buildGroup({ slug: 'riverside-caregivers', name: 'Riverside Caregivers' }));
  // Referral work needs referral access, and with it two-factor sign-in.
  editor = await createStaffUser(db, { email: 'referrals-editor@example.org', name: 'Referral editor', role: 'EDITOR', password: 'correct horse battery', referralAccess: true });
  await db.staffUser.update({ where: { id: editor.id }, data: { totpEnabledAt: new Date() } });
  const port = await freePort();
  smtp = await startLocalSmtp(port, received);
  smtpUrl = `smtp://127.0.0.1:${port}`;
});
afterAll(async () => {
  closeTransports();
  await smtp.close();
  await closeRateLimitPools();
});

/** A referral sent through the public form, with the referrer's private status token. */
async function newReferral() {
  const { outcome } = await submitReferral(toFormData(referralFields({ clientName: 'Marisol' })), { ip: '198.51.100.9', limits: roomy });
  if (outcome.kind !== 'sent' || !outcome.statusToken) throw new Error('referral not sent');
  const row = await db.referral.findUniqueOrThrow({ where: { reference: outcome.reference }, select: { id: true, referrerEmail: true } });
  return { ...row, reference: outcome.reference, token: outcome.statusToken };
}

const state = (id: string) => db.referral.findUniqueOrThrow({ where: { id }, select: { status: true, closedAt: true, events: { select: { status: true, actorId: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } } });
/** What the page draws its form from: the newest history entry. */
const versionOf = async (id: string) => (await db.referralEvent.findFirstOrThrow({ where: { referralId: id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } })).id;
const updatesTo = (to: string) => db.outboxMessage.findMany({ where: { kind: 'referral.update', to }, select: { id: true, subject: true, text: true } });
const audit = (id: string, action: string) => db.auditLog.count({ where: { entityId: id, action } });

function work(fields: Record<string, string>): Promise<ReferralWorkState> {
  return workOnReferralAction(initialReferralWorkState, formOf(fields));
}

describe('working a referral with the one form', () => {
  it('saves a note without touching the status or emailing anyone when no status is chosen', async () => {
    signInAs(editor);
    const r = await newReferral();
    expect(await redirectOf(work({ id: r.id, version: await versionOf(r.id), status: '', note: 'Tried the client’s phone, no answer.' }))).toBe(`/staff/referrals/${r.id}?done=note`);
    expect((await state(r.id)).events.map((e) => e.status)).toEqual(['NEW', 'NEW']);
    expect(await updatesTo(r.referrerEmail)).toEqual([]);
    expect(await audit(r.id, 'referral.note')).toBe(1);
  });

  it('asks for a note when neither a note nor a status was given, and changes nothing', async () => {
    signInAs(editor);
    const r = await newReferral();
    const answer = await work({ id: r.id, version: await versionOf(r.id), status: '', note: '  ' });
    expect(answer.fieldErrors.note).toEqual(['Write a note, or choose a new status.']);
    expect((await state(r.id)).events).toHaveLength(1);
  });

  it('shows the exact message a new status would email, and changes nothing and queues nothing until it is confirmed', async () => {
    signInAs(editor);
    const r = await newReferral();
    const version = await versionOf(r.id);
    const answer = await work({ id: r.id, version, status: 'IN_PROGRESS', note: 'Calling this afternoon.' });
    expect(answer.confirm).toMatchObject({ status: 'IN_PROGRESS', statusLabel: 'In progress', to: r.referrerEmail, subject: `Update on referral ${r.reference}` });
    expect(answer.confirm?.text).toContain(`Referral ${r.reference} is now: In progress.`);
    expect(answer.values).toEqual({ status: 'IN_PROGRESS', note: 'Calling this afternoon.' });
    expect((await state(r.id)).status).toBe('NEW');
    expect((await state(r.id)).events).toHaveLength(1);
    expect(await updatesTo(r.referrerEmail)).toEqual([]);
    expect(await audit(r.id, 'referral.status')).toBe(0);
  });

  it('refuses a confirmation of some other message, or a made-up one, and shows the real message again', async () => {
    signInAs(editor);
    const r = await newReferral();
    const version = await versionOf(r.id);
    for (const confirm of ['0'.repeat(64), 'yes']) {
      const answer = await work({ id: r.id, version, status: 'IN_PROGRESS', note: '', confirm });
      if (confirm === 'yes') expect(answer.fieldErrors.confirm).toBeDefined();
      else expect(answer.confirm?.text).toContain('is now: In progress.');
    }
    expect((await state(r.id)).status).toBe('NEW');
    expect(await updatesTo(r.referrerEmail)).toEqual([]);
  });

  it('once confirmed, changes the status and emails the referrer the message shown, once, even when confirm is pressed twice', async () => {
    signInAs(editor);
    const r = await newReferral();
    const version = await versionOf(r.id);
    const shown = (await work({ id: r.id, version, status: 'IN_PROGRESS', note: 'Spoke to the client.' })).confirm;
    if (!shown) throw new Error('expected a message to confirm');
    const confirmPost = { id: r.id, version, status: 'IN_PROGRESS', note: 'Spoke to the client.', confirm: shown.digest };
    expect(await redirectOf(work(confirmPost))).toBe(`/staff/referrals/${r.id}?done=status`);
    // The same post again (a second press, a reload that resends the form).
    const again = await work(confirmPost);
    expect(again.message).toMatch(/changed while you were working on it/);
    expect(again.version).toBe(await versionOf(r.id));

    const now = await state(r.id);
    expect(now.status).toBe('IN_PROGRESS');
    expect(now.events.map((e) => e.status)).toEqual(['NEW', 'IN_PROGRESS']);
    expect(now.events[1]?.actorId).toBe(editor.id);
    expect(await audit(r.id, 'referral.status')).toBe(1);
    const queued = await updatesTo(r.referrerEmail);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ subject: shown.subject, text: shown.text });

    expect((await deliverOutboxMessage(queued[0]!.id, { smtpUrl })).outcome).toBe('sent');
    const arrived = received.filter((m) => m.subject === shown.subject);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]?.text?.trim()).toBe(shown.text.trim());
    expect(JSON.stringify(arrived[0]?.to)).toContain(r.referrerEmail);
  });

  it('changes and mails once when two confirmations of the same change arrive together', async () => {
    signInAs(editor);
    const r = await newReferral();
    const version = await versionOf(r.id);
    const shown = (await work({ id: r.id, version, status: 'IN_PROGRESS', note: '' })).confirm;
    if (!shown) throw new Error('expected a message to confirm');
    const post = { id: r.id, version, status: 'IN_PROGRESS', note: '', confirm: shown.digest };
    const outcomes = await Promise.allSettled([work(post), work(post)]);
    const redirected = outcomes.filter((o) => o.status === 'rejected' && String((o.reason as { digest?: string }).digest).startsWith('NEXT_REDIRECT'));
    expect(redirected).toHaveLength(1);
    expect((await state(r.id)).events).toHaveLength(2);
    expect(await updatesTo(r.referrerEmail)).toHaveLength(1);
  });

  it('changes the status at once, mailing no one, once retention erased the referrer’s address', async () => {
    signInAs(editor);
    const r = await newReferral();
    await db.referral.update({ where: { id: r.id }, data: { referrerName: '', referrerEmail: '', referrerPhone: '', erasedAt: new Date() } });
    expect(await redirectOf(work({ id: r.id, version: await versionOf(r.id), status: 'IN_PROGRESS', note: '' }))).toBe(`/staff/referrals/${r.id}?done=status-unmailed`);
    expect((await state(r.id)).status).toBe('IN_PROGRESS');
    expect(await db.outboxMessage.count({ where: { kind: 'referral.update', subject: { contains: r.reference } } })).toBe(0);
  });

  it('cannot skip a step: received straight to connected is refused, confirmed or not', async () => {
    signInAs(editor);
    const r = await newReferral();
    const answer = await work({ id: r.id, version: await versionOf(r.id), status: 'CONNECTED', note: '', confirm: 'a'.repeat(64) });
    expect(answer.fieldErrors.status?.[0]).toBe('A referral cannot move from “Received” to “Connected”.');
    expect((await state(r.id)).status).toBe('NEW');
    expect(await updatesTo(r.referrerEmail)).toEqual([]);
  });

  it('goes back from the message to the form as typed, without changing anything', async () => {
    signInAs(editor);
    const r = await newReferral();
    const answer = await work({ id: r.id, version: await versionOf(r.id), status: 'IN_PROGRESS', note: 'Draft note', confirm: 'b'.repeat(64), back: '1' });
    expect(answer).toMatchObject({ confirm: null, message: null, values: { status: 'IN_PROGRESS', note: 'Draft note' } });
    expect((await state(r.id)).events).toHaveLength(1);
  });

  it('takes a referral from received to connected, each step dated, audited and on the referrer’s status page', async () => {
    signInAs(editor);
    const r = await newReferral();
    expect(await redirectOf(assignReferralAction(formOf({ id: r.id, assignee: 'me' })))).toBe(`/staff/referrals/${r.id}?done=assigned`);
    // A new status asks first and is confirmed; a note alone is saved at once.
    const step = async (status: string, note: string) => {
      const version = await versionOf(r.id);
      if (!status) return redirectOf(work({ id: r.id, version, status, note }));
      const first = await work({ id: r.id, version, status, note });
      return redirectOf(work({ id: r.id, version, status, note, confirm: first.confirm?.digest ?? '' }));
    };
    expect(await step('IN_PROGRESS', '')).toBe(`/staff/referrals/${r.id}?done=status`);
    expect(await step('', 'Left a voicemail.')).toBe(`/staff/referrals/${r.id}?done=note`);
    expect(await step('CONNECTED', 'Will attend Tuesday.')).toBe(`/staff/referrals/${r.id}?done=status`);
    const now = await state(r.id);
    expect(now.status).toBe('CONNECTED');
    expect(now.closedAt).not.toBeNull();
    expect(now.events.map((e) => e.status)).toEqual(['NEW', 'IN_PROGRESS', 'IN_PROGRESS', 'CONNECTED']);
    expect(await updatesTo(r.referrerEmail)).toHaveLength(2);
    expect(await audit(r.id, 'referral.status')).toBe(2);
    expect(await audit(r.id, 'referral.note')).toBe(1);
    const page = await getReferralStatusByToken(r.token);
    expect(page?.history.map((h) => h.status)).toEqual(['NEW', 'IN_PROGRESS', 'CONNECTED']);
  });
});
