// The public proposes, staff decide: a new group and a correction are
// approved into the directory, others declined with a reason, and the
// submitter hears about it by mail (the outbox) either way.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../support/db.ts';
import { buildGroup, createGroup, createStaffUser, createTopics } from '../../prisma/seed/factories.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';
import { submitListing } from '../../lib/submissions/submit.ts';
import { emptyReviewState } from '../../lib/submissions/review-state.ts';
import { approveSubmissionAction } from '../../app/staff/submissions/actions/approve-submission-action.ts';
import { declineSubmissionAction } from '../../app/staff/submissions/actions/decline-submission-action.ts';
import { editSubmissionAction } from '../../app/staff/submissions/actions/edit-submission-action.ts';
import { formOf, redirectOf, signInAs } from './support/staff-actions-harness.ts';

vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

let editor: { id: string };
let n = 0;
const key = () => `test-key-${Date.now()}-${n++}-abcdefgh`;

beforeAll(async () => {
  await createTopics(db);
  editor = await createStaffUser(db, { email: 'moderator@example.org', name: 'Moderator', role: 'EDITOR', password: 'correct horse battery' });
});
afterAll(() => closeRateLimitPools());

const meeting = {
  ref: '', attendance: 'IN_PERSON', recurrence: 'WEEKLY', weekday: '3', monthWeek: '', startTime: '18:30', endTime: '20:00',
  venueName: 'Library, Room B', addressLine1: '345 Aylmer Street North', town: 'Peterborough', postalCode: '', onlineUrl: '',
};
const proposal = {
  name: 'Peterborough Hearing Voices Circle', summary: 'People who hear voices meet to share ways of coping.', description: '',
  topicSlugs: 'mental-health', whoMayAttend: 'PEOPLE_WITH_CONCERN', costKind: 'FREE', languages: 'en', phone: '705-555-0199',
  email: '', website: '', ...meetingFields([meeting]),
};

/** The form's meeting rows, as the public form posts them. */
function meetingFields(meetings: Record<string, string | boolean>[]): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = { meetingRows: String(meetings.length) };
  meetings.forEach((m, i) => {
    for (const [k, v] of Object.entries(m)) out[`meetings.${i}.${k}`] = v;
  });
  return out;
}

async function submit(fields: Record<string, string | string[] | boolean>, ip = '203.0.113.7') {
  const idempotencyKey = key();
  const { outcome } = await submitListing(formOf({ submitterName: 'Avery Quinn', submitterEmail: 'avery@example.net', message: '', idempotencyKey, ...fields }), { ip });
  expect(outcome).toEqual({ kind: 'sent' });
  const row = await db.submission.findUnique({ where: { idempotencyKey }, select: { id: true, status: true } });
  expect(row?.status).toBe('PENDING');
  return row!.id;
}

const outboxFor = (to: string) => db.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: 'asc' }, select: { subject: true, text: true, kind: true } });

describe('a new group proposed by the public', () => {
  it('is kept once however often the form is sent, and a filled honeypot keeps nothing', async () => {
    const form = formOf({ kind: 'NEW_GROUP', ...proposal, submitterName: 'Avery Quinn', submitterEmail: 'twice@example.net', idempotencyKey: 'same-form-sent-twice-0001' });
    await submitListing(form, { ip: '203.0.113.8' });
    await submitListing(form, { ip: '203.0.113.8' });
    expect(await db.submission.count({ where: { submitterEmail: 'twice@example.net' } })).toBe(1);
    await submitListing(formOf({ kind: 'NEW_GROUP', ...proposal, submitterName: 'Bot', submitterEmail: 'bot@example.net', idempotencyKey: key(), homepage: 'http://spam.example' }), { ip: '203.0.113.9' });
    expect(await db.submission.count({ where: { submitterEmail: 'bot@example.net' } })).toBe(0);
  });

  it('becomes a published listing when an editor approves it, and the submitter is told', async () => {
    const id = await submit({ kind: 'NEW_GROUP', ...proposal });
    signInAs(editor);
    expect(await redirectOf(approveSubmissionAction(emptyReviewState, formOf({ id })))).toBe('/staff/submissions?done=approved');
    const sub = await db.submission.findUnique({ where: { id }, select: { status: true, reviewedById: true, groupId: true } });
    expect(sub).toMatchObject({ status: 'APPROVED', reviewedById: editor.id });
    const group = await db.group.findUnique({ where: { id: sub!.groupId! }, select: { name: true, status: true, languages: true, meetings: { select: { town: true, latitude: true, weekdays: true } } } });
    expect(group).toMatchObject({ name: proposal.name, status: 'PUBLISHED', languages: ['en'] });
    expect(group?.meetings[0]).toMatchObject({ town: 'Peterborough', weekdays: [3] });
    expect(group?.meetings[0]?.latitude).toBeCloseTo(44.3, 1);
    const mail = await outboxFor('avery@example.net');
    expect(mail.at(-1)).toMatchObject({ kind: 'submission.approved' });
    expect(mail.at(-1)?.text).toContain('is now listed');
    const audit = await db.auditLog.findMany({ where: { entityId: { in: [id, sub!.groupId!] } }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(['group.create', 'submission.approve']);
  });

  it('can be declined only with a reason, which the submitter reads', async () => {
    const id = await submit({ kind: 'NEW_GROUP', ...proposal, name: 'A Group We Cannot List' }, '203.0.113.10');
    signInAs(editor);
    const mailBefore = (await outboxFor('avery@example.net')).length;
    const refused = await declineSubmissionAction(emptyReviewState, formOf({ id, reason: '  ' }));
    expect(refused.fieldErrors.reason?.[0]).toMatch(/reason/);
    expect((await db.submission.findUnique({ where: { id }, select: { status: true } }))?.status).toBe('PENDING');
    expect(await outboxFor('avery@example.net')).toHaveLength(mailBefore);

    await redirectOf(declineSubmissionAction(emptyReviewState, formOf({ id, reason: 'This is a commercial course, not a self-help group.' })));
    expect(await db.submission.findUnique({ where: { id }, select: { status: true, declineReason: true } })).toEqual({ status: 'DECLINED', declineReason: 'This is a commercial course, not a self-help group.' });
    const mail = await outboxFor('avery@example.net');
    expect(mail.at(-1)).toMatchObject({ kind: 'submission.declined' });
    expect(mail.at(-1)?.text).toContain('This is a commercial course');
    // A second decision finds it done.
    const again = await approveSubmissionAction(emptyReviewState, formOf({ id }));
    expect(again.message).toMatch(/already dealt with/);
  });
});

describe('a correction to a listing', () => {
  it('is applied over the listing when approved at the version the editor saw', async () => {
    const group = await createGroup(db, buildGroup({ name: 'Guelph Bereaved Parents', summary: 'Parents who lost a child meet monthly.' }));
    const before = (await db.group.findUnique({ where: { id: group.id }, select: { version: true } }))!.version;
    const first = (await db.meeting.findFirstOrThrow({ where: { groupId: group.id }, orderBy: { position: 'asc' }, select: { id: true } })).id;
    const guelph = meetingFields([{ ...meeting, ref: first, town: 'Guelph' }]);
    const id = await submit({ kind: 'UPDATE', group: group.slug, ...proposal, ...guelph, name: 'Guelph Bereaved Parents', summary: 'Parents who lost a child meet every Wednesday.' }, '203.0.113.11');
    signInAs(editor);
    // Staff tidy the proposal first.
    await redirectOf(editSubmissionAction(emptyReviewState, formOf({ id, ...proposal, ...guelph, name: 'Guelph Bereaved Parents', summary: 'Parents who lost a child meet every Wednesday evening.', topicSlugs: 'bereavement' })));
    // A stale version writes nothing.
    const stale = await approveSubmissionAction(emptyReviewState, formOf({ id, version: before - 1 }));
    expect(stale.message).toMatch(/changed by someone else/);
    expect((await db.submission.findUnique({ where: { id }, select: { status: true } }))?.status).toBe('PENDING');

    await redirectOf(approveSubmissionAction(emptyReviewState, formOf({ id, version: before })));
    const after = await db.group.findUnique({ where: { id: group.id }, select: { summary: true, version: true, meetings: { select: { town: true, startTime: true } } } });
    expect(after).toMatchObject({ summary: 'Parents who lost a child meet every Wednesday evening.', version: before + 1 });
    expect(after?.meetings[0]).toMatchObject({ town: 'Guelph', startTime: '18:30' });
    expect((await outboxFor('avery@example.net')).at(-1)?.text).toContain('has been updated');
    const actions = await db.auditLog.findMany({ where: { entityId: { in: [id, group.id] } }, select: { action: true }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['submission.edit', 'group.update', 'submission.approve']);
  });

  it('is declined with a reason and leaves the listing as it was', async () => {
    const group = await createGroup(db, buildGroup({ name: 'Sudbury Caregivers' }));
    const id = await submit({ kind: 'UPDATE', group: group.slug, ...proposal, ...meetingFields([{ ...meeting, town: 'Sudbury' }]), name: 'Sudbury Caregivers Renamed' }, '203.0.113.12');
    signInAs(editor);
    await redirectOf(declineSubmissionAction(emptyReviewState, formOf({ id, reason: 'The group confirmed the name has not changed.' })));
    expect((await db.group.findUnique({ where: { id: group.id }, select: { name: true } }))?.name).toBe('Sudbury Caregivers');
    expect((await outboxFor('avery@example.net')).at(-1)?.kind).toBe('submission.declined');
  });
});
