// The listing editor's working parts, run for real against PostgreSQL:
// "Mark as checked today" in one click without losing what is typed,
// meetings added and removed in one save, and two people's edits merged
// field by field after a conflict instead of one being refused.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../support/db.ts';
import { buildGroup, buildMeeting, createGroup, createStaffUser, createTopics } from '../../prisma/seed/factories.ts';
import { updateGroupAction } from '../../app/staff/listings/actions/update-group-action.ts';
import { markGroupVerifiedAction } from '../../app/staff/listings/actions/mark-group-verified-action.ts';
import { getGroupForEdit } from '../../lib/listings/editor-data.ts';
import { groupToFormValues } from '../../lib/listings/editable.ts';
import { CONFLICT_MESSAGE, initialCheckedState, initialGroupFormState, type GroupFormState } from '../../lib/listings/form-state.ts';
import { blankMeetingValues } from '../../lib/listings/meeting-schema.ts';
import { mergeFieldName } from '../../lib/listings/merge.ts';
import { AuthorizationError } from '../../lib/staff/guards.ts';
import { formOf, groupForm, redirectOf, signInAs } from './support/staff-actions-harness.ts';
import { makeStaff } from '../support/staff.ts';

vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

let editor: { id: string };
let admin: { id: string };

beforeAll(async () => {
  await createTopics(db);
  editor = await createStaffUser(db, { email: 'editor-sections@example.org', name: 'Sections editor', role: 'EDITOR', password: 'correct horse battery' });
  // Administrators have two-factor on, as the guard requires of them.
  admin = await makeStaff('ADMIN');
});

const auditActions = async (entityId: string) => (await db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true } }));

describe('marking a listing as checked today', () => {
  it('records the check and who made it, audits it, and lets the open form save its edits afterwards without a conflict', async () => {
    signInAs(editor);
    const group = await createGroup(db, buildGroup({ name: 'Cobourg Grief Circle', lastVerifiedAt: null }));
    const loaded = (await getGroupForEdit(group.id))!;
    const start = Date.now();
    const checked = await markGroupVerifiedAction(initialCheckedState, formOf({ id: group.id, version: loaded.version }));
    expect(checked).toMatchObject({ checkedBy: 'Sections editor', version: loaded.version + 1, formVersion: loaded.version, message: 'Marked as checked today.' });
    expect(new Date(checked.checkedAt ?? 0).getTime()).toBeGreaterThanOrEqual(start - 1000);
    const row = await db.group.findUnique({ where: { id: group.id }, select: { lastVerifiedAt: true, lastVerifiedById: true } });
    expect(row?.lastVerifiedById).toBe(editor.id);
    expect(await auditActions(group.id)).toEqual([{ action: 'group.verify', actorId: editor.id }]);

    // The editor had typed a new summary before clicking; the form moved on to the checked version.
    const values = { ...groupToFormValues(loaded), summary: 'Bereaved adults meet to talk, every week.' };
    const path = await redirectOf(updateGroupAction(initialGroupFormState(values, checked.version), groupForm(values, { id: group.id, version: checked.version ?? 0 })));
    expect(path).toBe(`/staff/listings/${group.id}?saved=1&v=${loaded.version + 2}`);
    const after = await db.group.findUnique({ where: { id: group.id }, select: { summary: true, lastVerifiedAt: true } });
    expect(after?.summary).toBe(values.summary);
    expect(after?.lastVerifiedAt?.getTime()).toBe(row?.lastVerifiedAt?.getTime());
  });

  it('refuses someone who is not signed in and changes nothing', async () => {
    const group = await createGroup(db, buildGroup({ lastVerifiedAt: null }));
    signInAs(null);
    await expect(markGroupVerifiedAction(initialCheckedState, formOf({ id: group.id }))).rejects.toBeInstanceOf(AuthorizationError);
    expect((await db.group.findUnique({ where: { id: group.id }, select: { lastVerifiedAt: true } }))?.lastVerifiedAt).toBeNull();
  });
});

describe('adding and removing meetings', () => {
  it('keeps the saved meeting, adds two, drops the one removed and an added one taken back, in one save', async () => {
    signInAs(admin);
    const group = await createGroup(db, buildGroup({ name: 'Peterborough Caregivers', meetings: [buildMeeting({ town: 'Peterborough' }), buildMeeting({ town: 'Lindsay' })] }));
    const loaded = (await getGroupForEdit(group.id))!;
    const values = groupToFormValues(loaded);
    const [kept, dropped] = values.meetings;
    const added = (over: Partial<ReturnType<typeof blankMeetingValues>>) => ({ ...blankMeetingValues('2026-03-01'), ...over });
    values.meetings = [
      kept!,
      { ...dropped!, remove: true },
      added({ recurrence: 'MONTHLY_NTH', monthWeek: '2', weekdays: ['2'], startTime: '19:00', endTime: '20:30', town: 'Cobourg' }),
      // Added, then removed again before saving: never stored.
      added({ weekdays: ['5'], startTime: '10:00', town: 'Port Hope', remove: true }),
      added({ weekdays: ['6'], startTime: '09:30', attendance: 'ONLINE', onlineUrl: 'https://meet.example.org/saturday' }),
      // The empty block the form offers without JavaScript.
      blankMeetingValues('2026-03-01'),
    ];
    await redirectOf(updateGroupAction(initialGroupFormState(values, loaded.version), groupForm(values, { id: group.id, version: loaded.version })));
    const after = (await getGroupForEdit(group.id))!;
    expect(after.meetings.map((m) => [m.id === kept!.id, m.town, m.recurrence, m.position])).toEqual([
      [true, 'Peterborough', 'WEEKLY', 0],
      [false, 'Cobourg', 'MONTHLY_NTH', 1],
      [false, null, 'WEEKLY', 2],
    ]);
    expect(await db.meeting.count({ where: { id: dropped!.id } })).toBe(0);
    expect(after.meetings[1]).toMatchObject({ monthWeek: 2, weekdays: [2], startTime: '19:00', endTime: '20:30' });
  });

  it('refuses a bad added meeting with the message beside it, keeps every row as typed and stores nothing', async () => {
    signInAs(editor);
    const group = await createGroup(db, buildGroup({ name: 'Oshawa Parents Circle', meetings: [buildMeeting({ town: 'Oshawa' })] }));
    const loaded = (await getGroupForEdit(group.id))!;
    const values = groupToFormValues(loaded);
    values.meetings = [{ ...values.meetings[0]!, remove: true }, { ...blankMeetingValues('2026-03-01'), weekdays: ['3'], startTime: '25:00', town: 'Whitby' }];
    const state = await updateGroupAction(initialGroupFormState(values, loaded.version), groupForm(values, { id: group.id, version: loaded.version }));
    expect(state.fieldErrors['meetings.1.startTime']).toEqual(['Enter the time as HH:MM, e.g. 19:00.']);
    expect(state.values.meetings.map((m) => [m.town, m.remove])).toEqual([['Oshawa', true], ['Whitby', false]]);
    const after = (await getGroupForEdit(group.id))!;
    expect(after.version).toBe(loaded.version);
    expect(after.meetings.map((m) => m.town)).toEqual(['Oshawa']);
  });
});

describe('two people editing the same listing', () => {
  it('shows the second person each differing field side by side and saves the merge they choose, field by field', async () => {
    const group = await createGroup(db, buildGroup({ name: 'Belleville Men’s Circle', summary: 'Men meet to talk about loss.', phone: '613-555-0110', meetings: [buildMeeting({ town: 'Belleville', notes: '' })] }));
    const loaded = (await getGroupForEdit(group.id))!;
    const meetingId = loaded.meetings[0]!.id;

    // The administrator saves first: a new name and phone, and a note on the meeting.
    signInAs(admin);
    const first = { ...groupToFormValues(loaded), name: 'Belleville Men’s Grief Circle', phone: '613-555-0199' };
    first.meetings = first.meetings.map((m) => ({ ...m, notes: 'Ring the bell.' }));
    await redirectOf(updateGroupAction(initialGroupFormState(first, loaded.version), groupForm(first, { id: group.id, version: loaded.version })));

    // The editor, from the same starting point, changed the summary and the phone.
    signInAs(editor);
    const second = { ...groupToFormValues(loaded), summary: 'Men who lost someone meet to talk, monthly.', phone: '613-555-0123' };
    const conflict: GroupFormState = await updateGroupAction(initialGroupFormState(second, loaded.version), groupForm(second, { id: group.id, version: loaded.version }));
    expect(conflict.message).toBe(CONFLICT_MESSAGE);
    expect(conflict.values).toMatchObject({ summary: second.summary, phone: '613-555-0123' });
    expect(conflict.conflict?.map((d) => [d.key, d.theirs, d.yours])).toEqual([
      ['name', 'Belleville Men’s Grief Circle', 'Belleville Men’s Circle'],
      ['summary', 'Men meet to talk about loss.', second.summary],
      ['phone', '613-555-0199', '613-555-0123'],
      [`meetings.${meetingId}.notes`, 'Ring the bell.', ''],
    ]);
    expect((await getGroupForEdit(group.id))?.summary).toBe('Men meet to talk about loss.');

    // Their name and note, the editor's own summary and phone.
    const merge = { [mergeFieldName('name')]: 'theirs', [mergeFieldName('summary')]: 'yours', [mergeFieldName('phone')]: 'yours', [mergeFieldName(`meetings.${meetingId}.notes`)]: 'theirs' };
    const path = await redirectOf(updateGroupAction(conflict, groupForm(conflict.values, { id: group.id, version: conflict.version ?? 0, ...merge })));
    expect(path).toBe(`/staff/listings/${group.id}?saved=1&v=${loaded.version + 2}`);
    const merged = (await getGroupForEdit(group.id))!;
    expect(merged).toMatchObject({ name: 'Belleville Men’s Grief Circle', summary: second.summary, phone: '613-555-0123', version: loaded.version + 2 });
    expect(merged.meetings.map((m) => [m.id, m.notes])).toEqual([[meetingId, 'Ring the bell.']]);
    expect((await auditActions(group.id)).map((a) => [a.action, a.actorId])).toEqual([['group.update', admin.id], ['group.update', editor.id]]);
  });

  it('does not apply a merge to a listing that changed again since the comparison: it shows the new comparison instead', async () => {
    const group = await createGroup(db, buildGroup({ name: 'Trenton Family Circle' }));
    const loaded = (await getGroupForEdit(group.id))!;
    signInAs(admin);
    const a = { ...groupToFormValues(loaded), name: 'Trenton Families Together' };
    await redirectOf(updateGroupAction(initialGroupFormState(a, loaded.version), groupForm(a, { id: group.id, version: loaded.version })));
    signInAs(editor);
    const mine = { ...groupToFormValues(loaded), summary: 'Families of people with addictions meet weekly.' };
    const conflict = await updateGroupAction(initialGroupFormState(mine, loaded.version), groupForm(mine, { id: group.id, version: loaded.version }));
    // Someone saves yet again before the editor merges.
    signInAs(admin);
    const b = { ...groupToFormValues((await getGroupForEdit(group.id))!), name: 'Trenton Family Support' };
    await redirectOf(updateGroupAction(initialGroupFormState(b, conflict.version), groupForm(b, { id: group.id, version: conflict.version ?? 0 })));
    signInAs(editor);
    const again = await updateGroupAction(conflict, groupForm(conflict.values, { id: group.id, version: conflict.version ?? 0, [mergeFieldName('name')]: 'theirs' }));
    expect(again.message).toBe(CONFLICT_MESSAGE);
    expect(again.conflict?.find((d) => d.key === 'name')).toMatchObject({ theirs: 'Trenton Family Support', yours: 'Trenton Family Circle' });
    expect((await getGroupForEdit(group.id))).toMatchObject({ name: 'Trenton Family Support', summary: loaded.summary });
  });
});
