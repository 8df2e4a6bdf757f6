// A member of the public corrects any meeting of a listing and picks
// languages by name; staff accept part of it and say why not the rest, or
// reject it all. The submitter hears once, by real mail, what was decided.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { db } from '../support/db.ts';
import { freePort } from '../../scripts/lib/embedded-db.ts';
import { startLocalSmtp, type LocalSmtp } from '../support/smtp.ts';
import { buildGroup, buildMeeting, createGroup, createStaffUser, createTopics } from '../../prisma/seed/factories.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';
import { deliverOutboxMessage } from '../../lib/mail/index.ts';
import { closeTransports } from '../../lib/mail/transport.ts';
import { submitListing } from '../../lib/submissions/submit.ts';
import { getListingForCorrection } from '../../lib/submissions/data.ts';
import { getGroupForEdit } from '../../lib/listings/editor-data.ts';
import { proposalFromListing } from '../../lib/submissions/proposal.ts';
import { proposalChanges } from '../../lib/submissions/changes.ts';
import { readStoredProposal, type ProposalValues } from '../../lib/submissions/schema.ts';
import { emptyReviewState } from '../../lib/submissions/review-state.ts';
import { ProposalFields } from '../../components/submissions/proposal-fields.tsx';
import { approveSubmissionAction } from '../../app/staff/submissions/actions/approve-submission-action.ts';
import { declineSubmissionAction } from '../../app/staff/submissions/actions/decline-submission-action.ts';
import { editSubmissionAction } from '../../app/staff/submissions/actions/edit-submission-action.ts';
import { formOf, redirectOf, signInAs } from './support/staff-actions-harness.ts';
import { makeStaff } from '../support/staff.ts';

vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

let editor: { id: string };
let admin: { id: string };
let n = 0;
const servers: LocalSmtp[] = [];

beforeAll(async () => {
  await createTopics(db);
  editor = await createStaffUser(db, { email: 'field-editor@example.org', name: 'Field Editor', role: 'EDITOR', password: 'correct horse battery' });
  // An administrator always has two-factor on.
  admin = await makeStaff('ADMIN');
});
afterEach(async () => {
  closeTransports();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => closeRateLimitPools());

/** A listing with two meetings, as the public correction form shows it. */
async function listingWithTwoMeetings(name: string) {
  const group = await createGroup(db, buildGroup({
    name, phone: '613-555-0140', languages: ['en'],
    meetings: [buildMeeting({ town: 'Kingston', postalCode: null, weekdays: [2] }), buildMeeting({ town: 'Napanee', postalCode: null, weekdays: [4], startTime: '10:00', endTime: '11:30' })],
  }));
  const listing = await getListingForCorrection(group.slug);
  if (!listing) throw new Error('listing not public');
  return { group, values: proposalFromListing(listing) };
}

/** What the public form posts for these values. */
function post(values: ProposalValues, slug: string, email: string): FormData {
  const { meetings, ...fields } = values;
  const form = formOf({
    ...fields, kind: 'UPDATE', group: slug, idempotencyKey: `by-field-key-${Date.now()}-${n++}-abcdefgh`, submitterName: 'Casey Morgan', submitterEmail: email,
    message: '', meetingRows: meetings.length,
  });
  meetings.forEach((m, i) => {
    for (const [k, v] of Object.entries(m)) if (v !== false) form.append(`meetings.${i}.${k}`, v === true ? 'on' : v);
  });
  return form;
}

async function submitCorrection(values: ProposalValues, slug: string, email: string): Promise<string> {
  const { outcome } = await submitListing(post(values, slug, email), { ip: `203.0.113.${40 + n}` });
  expect(outcome).toEqual({ kind: 'sent' });
  const row = await db.submission.findFirstOrThrow({ where: { submitterEmail: email }, orderBy: { createdAt: 'desc' }, select: { id: true } });
  return row.id;
}

/** The changes the moderation page lists for a submission, as keys. */
async function changedKeys(submissionId: string, groupId: string): Promise<Map<string, string>> {
  const sub = await db.submission.findUniqueOrThrow({ where: { id: submissionId }, select: { payload: true } });
  const proposal = readStoredProposal(sub.payload);
  expect(proposal).not.toBeNull();
  const { changes } = proposalChanges(await getGroupForEdit(groupId), proposal!);
  return new Map(changes.filter((c) => c.changed).map((c) => [c.label, c.key]));
}

async function deliverAll(to: string) {
  const port = await freePort();
  const smtp = await startLocalSmtp(port);
  servers.push(smtp);
  const rows = await db.outboxMessage.findMany({ where: { to }, select: { id: true } });
  // Delivering twice (a retry, a second worker) must not send twice.
  for (const _ of [1, 2]) for (const r of rows) await deliverOutboxMessage(r.id, { smtpUrl: `smtp://127.0.0.1:${port}` });
  return smtp.received;
}

describe('the public correction form', () => {
  it('offers languages by name, never asks for codes, and shows every meeting of the group', async () => {
    const { values } = await listingWithTwoMeetings('Frontenac Language Circle');
    const html = renderToStaticMarkup(createElement(ProposalFields, { values, errors: {}, topics: [] }));
    expect(html).toContain('French');
    expect(html).toMatch(/<input type="checkbox"[^>]*name="languages"[^>]*value="fr"\/>French/);
    expect(html).not.toMatch(/<input[^>]*type="text"[^>]*name="languages"/);
    expect(html).toContain('Meeting 1 in Kingston');
    expect(html).toContain('Meeting 2 in Napanee');
  });

  it('carries a correction to the second meeting to moderation, and it is applied to that meeting', async () => {
    const { group, values } = await listingWithTwoMeetings('Napanee Tuesday Circle');
    values.meetings[1] = { ...values.meetings[1]!, startTime: '09:30', venueName: 'Napanee Library' };
    values.languages = ['en', 'fr'];
    const id = await submitCorrection(values, group.slug, 'second-meeting@example.net');
    const keys = await changedKeys(id, group.id);
    expect([...keys.keys()]).toEqual(['Languages', 'Meeting 2: starts at', 'Meeting 2: venue']);
    signInAs(editor);
    const version = (await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { version: true } })).version;
    expect(await redirectOf(approveSubmissionAction(emptyReviewState, formOf({ id, version, decision: 'all' })))).toBe('/staff/submissions?done=approved');
    const after = await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { languages: true, meetings: { select: { town: true, startTime: true, venueName: true }, orderBy: { position: 'asc' } } } });
    expect(after.languages).toEqual(['en', 'fr']);
    expect(after.meetings).toEqual([
      { town: 'Kingston', startTime: '19:00', venueName: 'Community Centre, Room 2' },
      { town: 'Napanee', startTime: '09:30', venueName: 'Napanee Library' },
    ]);
  });

  it('refuses a row about a meeting of another listing, keeping what was typed', async () => {
    const { group, values } = await listingWithTwoMeetings('Brockville Circle');
    const other = await listingWithTwoMeetings('Smiths Falls Circle');
    values.meetings[1] = { ...other.values.meetings[0]!, town: 'Smiths Falls' };
    const { outcome, values: kept } = await submitListing(post(values, group.slug, 'wrong-meeting@example.net'), { ip: '203.0.113.99' });
    expect(outcome).toEqual({ kind: 'invalid', fieldErrors: { 'meetings.1.ref': [expect.stringMatching(/no longer listed/)] } });
    expect(kept.proposal.meetings[1]?.town).toBe('Smiths Falls');
    expect(await db.submission.count({ where: { submitterEmail: 'wrong-meeting@example.net' } })).toBe(0);
  });
});

describe('staff decide on a correction field by field', () => {
  it('saves only the accepted fields, and mails the submitter once what was accepted and why the rest was not', async () => {
    const { group, values } = await listingWithTwoMeetings('Kingston Parents Circle');
    const before = await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { version: true, name: true } });
    values.name = 'Kingston Parents Together';
    values.phone = '613-555-0199';
    values.meetings[0] = { ...values.meetings[0]!, town: 'Gananoque' };
    values.meetings[1] = { ...values.meetings[1]!, startTime: '10:30' };
    const id = await submitCorrection(values, group.slug, 'partial@example.net');
    const keys = await changedKeys(id, group.id);
    signInAs(admin);

    // Ticking part without a reason for the rest keeps the ticks and asks for the reason.
    const accept = [keys.get('Public phone')!, keys.get('Meeting 2: starts at')!];
    const refused = await approveSubmissionAction(emptyReviewState, formOf({ id, version: before.version, decision: 'ticked', accept }));
    expect(refused.fieldErrors.reason?.[0]).toMatch(/reason/);
    expect(refused.values?.accept).toEqual(accept);
    expect((await db.submission.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe('PENDING');

    const reason = 'The group told us the name and the Kingston venue have not changed.';
    expect(await redirectOf(approveSubmissionAction(emptyReviewState, formOf({ id, version: before.version, decision: 'ticked', accept, reason })))).toBe(`/staff/submissions/${id}?done=partly-approved`);
    const after = await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { name: true, phone: true, version: true, meetings: { select: { town: true, startTime: true }, orderBy: { position: 'asc' } } } });
    expect(after).toEqual({ name: before.name, phone: '613-555-0199', version: before.version + 1, meetings: [{ town: 'Kingston', startTime: '19:00' }, { town: 'Napanee', startTime: '10:30' }] });
    expect(await db.submission.findUniqueOrThrow({ where: { id }, select: { status: true, declineReason: true, reviewedById: true } })).toEqual({ status: 'APPROVED', declineReason: reason, reviewedById: admin.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: 'submission.approve' }, select: { after: true } });
    expect(audit.after).toMatchObject({ accepted: ['Public phone', 'Meeting 2: starts at'], rejected: ['Name', 'Meeting 1: town'] });

    const received = await deliverAll('partial@example.net');
    expect(received).toHaveLength(1);
    const text = received[0]!.text ?? '';
    expect(text).toMatch(/with these changes:\n\n- Public phone\n- Meeting 2: starts at\n/);
    expect(text).toMatch(/We did not make these changes:\n\n- Name\n- Meeting 1: town\n/);
    expect(text).toContain(reason);
  });

  it('rejects the whole correction with a reason that reaches the submitter exactly once', async () => {
    const { group, values } = await listingWithTwoMeetings('Belleville Circle');
    values.summary = 'A circle that has moved to a new evening, every Thursday.';
    const id = await submitCorrection(values, group.slug, 'rejected@example.net');
    signInAs(editor);
    const reason = 'The group confirmed the meetings are still on Tuesdays.';
    await redirectOf(declineSubmissionAction(emptyReviewState, formOf({ id, reason })));
    expect((await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { summary: true } })).summary).not.toBe(values.summary);
    const received = await deliverAll('rejected@example.net');
    expect(received).toHaveLength(1);
    expect(received[0]?.subject).toContain('about your correction');
    expect(received[0]?.text).toContain(reason);
  });

  it('asks for at least one tick, and a listing changed meanwhile writes nothing', async () => {
    const { group, values } = await listingWithTwoMeetings('Trenton Circle');
    values.name = 'Trenton Circle Renamed';
    values.phone = '613-555-0111';
    const id = await submitCorrection(values, group.slug, 'stale@example.net');
    const keys = await changedKeys(id, group.id);
    signInAs(editor);
    const version = (await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { version: true } })).version;
    const none = await approveSubmissionAction(emptyReviewState, formOf({ id, version, decision: 'ticked', reason: 'Only the phone is right.' }));
    expect(none.fieldErrors.accept?.[0]).toMatch(/Tick/);
    const stale = await approveSubmissionAction(emptyReviewState, formOf({ id, version: version - 1, decision: 'ticked', accept: [keys.get('Public phone')!], reason: 'The name is unchanged.' }));
    expect(stale.message).toMatch(/changed by someone else/);
    expect(await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { phone: true } })).toEqual({ phone: '613-555-0140' });
    expect(await db.outboxMessage.count({ where: { to: 'stale@example.net' } })).toBe(0);
  });
});

describe('a proposal corrected by staff before deciding', () => {
  it('gets one more meeting row from "Add another meeting", and nothing is saved by it', async () => {
    const { group, values } = await listingWithTwoMeetings('Perth Circle');
    values.phone = '613-555-0122';
    const id = await submitCorrection(values, group.slug, 'more-rows@example.net');
    signInAs(editor);
    const form = post(values, group.slug, 'more-rows@example.net');
    form.set('id', id);
    form.set('meetingRows', String(values.meetings.length + 1));
    form.set('intent', 'add-meeting');
    const state = await editSubmissionAction(emptyReviewState, form);
    expect(state.message).toBeNull();
    expect(state.values?.meetings).toHaveLength(3);
    expect(state.values?.meetings[2]?.ref).toBe('');
    expect(await db.auditLog.count({ where: { entityId: id, action: 'submission.edit' } })).toBe(0);
  });
});
