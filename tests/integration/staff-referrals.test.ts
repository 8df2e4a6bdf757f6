// Staff work a referral: assign it, move it through the workflow one step
// at a time (anything else is refused), add notes; each step is dated,
// mailed to the referrer when the status changes, and audited.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../support/db.ts';
import { referralFields, testEncryptionKey, toFormData } from '../support/referral-form.ts';
import { buildGroup, createGroup, createStaffUser, createTopics } from '../../prisma/seed/factories.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';
import { changeReferralStatusAction } from '../../app/staff/referrals/actions/change-referral-status-action.ts';
import { addReferralNoteAction } from '../../app/staff/referrals/actions/add-referral-note-action.ts';
import { assignReferralAction } from '../../app/staff/referrals/actions/assign-referral-action.ts';
import { formOf, redirectOf, signInAs } from './support/staff-actions-harness.ts';

vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();

const roomy = { perIp: { name: 'sr-ip', points: 10_000, durationSeconds: 60 }, perEmail: { name: 'sr-email', points: 10_000, durationSeconds: 60 } };
let editor: { id: string };
let referralId = '';

beforeAll(async () => {
  await createTopics(db);
  await createGroup(db, buildGroup({ slug: 'riverside-caregivers', name: 'Riverside Caregivers' }));
  // Referral work needs referral access, and with it two-factor sign-in.
  editor = await createStaffUser(db, { email: 'referrals-editor@example.org', name: 'Referral editor', role: 'EDITOR', password: 'correct horse battery', referralAccess: true });
  await db.staffUser.update({ where: { id: editor.id }, data: { totpEnabledAt: new Date() } });
  const { outcome } = await submitReferral(toFormData(referralFields({ clientName: 'Marisol' })), { ip: '198.51.100.9', limits: roomy });
  if (outcome.kind !== 'sent') throw new Error('referral not sent');
  referralId = (await db.referral.findUniqueOrThrow({ where: { reference: outcome.reference }, select: { id: true } })).id;
});
afterAll(closeRateLimitPools);

const state = () => db.referral.findUniqueOrThrow({ where: { id: referralId }, select: { status: true, assignedToId: true, closedAt: true, events: { select: { status: true, actorId: true } } } });
const audit = (action: string) => db.auditLog.count({ where: { entityId: referralId, action } });
const updates = () => db.outboxMessage.count({ where: { kind: { contains: 'update' } } });

describe('an editor working a referral', () => {
  it('assigns it to themselves', async () => {
    signInAs(editor);
    expect(await redirectOf(assignReferralAction(formOf({ id: referralId, assignee: 'me' })))).toBe(`/staff/referrals/${referralId}?done=assigned`);
    expect((await state()).assignedToId).toBe(editor.id);
    expect(await audit('referral.assign')).toBe(1);
  });

  it('cannot skip a step: NEW straight to CONNECTED is refused and nothing changes', async () => {
    signInAs(editor);
    const mails = await updates();
    const path = await redirectOf(changeReferralStatusAction(formOf({ id: referralId, status: 'CONNECTED', note: '' })));
    expect(path).toBe(`/staff/referrals/${referralId}?error=transition&from=NEW&to=CONNECTED`);
    expect((await state()).status).toBe('NEW');
    expect(await updates()).toBe(mails);
  });

  it('moves it to in progress and then connected, each dated, mailed and audited', async () => {
    signInAs(editor);
    const mails = await updates();
    await redirectOf(changeReferralStatusAction(formOf({ id: referralId, status: 'IN_PROGRESS', note: '' })));
    await redirectOf(addReferralNoteAction(formOf({ id: referralId, note: 'Left a voicemail.' })));
    await redirectOf(changeReferralStatusAction(formOf({ id: referralId, status: 'CONNECTED', note: 'Will attend Tuesday.' })));
    const now = await state();
    expect(now.status).toBe('CONNECTED');
    expect(now.closedAt).not.toBeNull();
    expect(now.events.map((e) => e.status)).toEqual(['NEW', 'IN_PROGRESS', 'IN_PROGRESS', 'CONNECTED']);
    expect(now.events.slice(1).every((e) => e.actorId === editor.id)).toBe(true);
    expect(await updates()).toBe(mails + 2);
    expect(await audit('referral.status')).toBe(2);
    expect(await audit('referral.note')).toBe(1);
  });
});
