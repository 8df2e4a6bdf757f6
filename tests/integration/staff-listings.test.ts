// Staff keep listings accurate: create and edit a group with its meetings in
// one form, publish it, mark it checked, and never lose an edit to a
// colleague's save. The actions run for real; only the session cookie read
// is replaced, so the guard still checks the account in the database.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../support/db.ts';
import { buildGroup, buildMeeting, createGroup, createStaffUser, createTopics } from '../../prisma/seed/factories.ts';
import { createGroupAction } from '../../app/staff/listings/actions/create-group-action.ts';
import { updateGroupAction } from '../../app/staff/listings/actions/update-group-action.ts';
import { publishGroupAction } from '../../app/staff/listings/actions/publish-group-action.ts';
import { unpublishGroupAction } from '../../app/staff/listings/actions/unpublish-group-action.ts';
import { archiveGroupAction } from '../../app/staff/listings/actions/archive-group-action.ts';
import { markGroupVerifiedAction } from '../../app/staff/listings/actions/mark-group-verified-action.ts';
import { getGroupForEdit } from '../../lib/listings/editor-data.ts';
import { groupToFormValues } from '../../lib/listings/editable.ts';
import { initialCheckedState, initialGroupFormState, CONFLICT_MESSAGE, type GroupFormState } from '../../lib/listings/form-state.ts';
import { blankMeetingValues } from '../../lib/listings/meeting-schema.ts';
import type { GroupFormValues } from '../../lib/listings/schema.ts';
import { formOf, groupForm, redirectOf, signInAs } from './support/staff-actions-harness.ts';

vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

let editor: { id: string };
let topicIds: Record<string, string>;

beforeAll(async () => {
  const topics = await createTopics(db);
  topicIds = Object.fromEntries(topics.map((t) => [t.slug, t.id]));
  editor = await createStaffUser(db, { email: 'listings-editor@example.org', name: 'Listings editor', role: 'EDITOR', password: 'correct horse battery' });
});

function newGroupValues(): GroupFormValues {
  const kingston = { ...blankMeetingValues('2026-01-05'), weekdays: ['2'], startTime: '19:00', endTime: '20:30', venueName: 'St. Paul’s Hall', addressLine1: '137 Queen Street', town: 'Kingston', postalCode: '' };
  const online = { ...blankMeetingValues('2026-01-05'), recurrence: 'MONTHLY_NTH', monthWeek: '-1', weekdays: ['4'], startTime: '18:30', attendance: 'ONLINE', onlineUrl: 'https://meet.example.org/circle' };
  return {
    name: 'Kingston Caregivers Circle', slug: '', summary: 'Caregivers of a parent with dementia meet to share what helps.',
    description: 'A member-led circle for people caring for a parent.', whoMayAttend: 'FAMILY_AND_FRIENDS', leadership: '1',
    languages: 'en, fr', costKind: 'FREE', costDescription: '', accessibilityFeatures: ['wheelchair'], accessibilityNotes: '',
    phone: '613-555-0142', email: '', website: '', privateContactName: 'Circle coordinator', privateContactPhone: '',
    privateContactEmail: '', organizationId: '', topicIds: [topicIds.caregivers ?? '', topicIds.dementia ?? ''].filter(Boolean),
    meetings: [kingston, online, blankMeetingValues('2026-01-05')],
  };
}

async function auditFor(entityId: string) {
  return db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true, before: true, after: true } });
}

describe('an editor creating a listing', () => {
  it('saves the group, its topics and meetings as a draft, places the meeting from the town, and audits it', async () => {
    signInAs(editor);
    const values = newGroupValues();
    const path = await redirectOf(createGroupAction(initialGroupFormState(values, null), groupForm(values)));
    const id = /^\/staff\/listings\/([a-z0-9]+)\?saved=created$/.exec(path)?.[1];
    expect(id).toBeTruthy();
    const saved = await getGroupForEdit(id ?? '');
    expect(saved).toMatchObject({ slug: 'kingston-caregivers-circle', status: 'DRAFT', version: 1, languages: ['en', 'fr'], privateContactName: 'Circle coordinator' });
    expect(saved?.topics.map((t) => t.slug).sort()).toEqual(['caregivers', 'dementia'].filter((s) => topicIds[s]).sort());
    expect(saved?.meetings).toHaveLength(2);
    const [inPerson, online] = saved?.meetings ?? [];
    expect(inPerson?.latitude).toBeCloseTo(44.23, 1);
    expect(inPerson?.longitude).toBeCloseTo(-76.48, 1);
    expect(online).toMatchObject({ recurrence: 'MONTHLY_NTH', monthWeek: -1, weekdays: [4], latitude: null, attendance: 'ONLINE' });
    const audit = await auditFor(id ?? '');
    expect(audit.map((a) => a.action)).toEqual(['group.create']);
    expect(audit[0]).toMatchObject({ actorId: editor.id, before: null, after: { name: 'Kingston Caregivers Circle', status: 'DRAFT' } });
  });

  it('answers mistakes field by field, keeps everything typed, and writes nothing', async () => {
    signInAs(editor);
    const values = newGroupValues();
    values.name = 'K';
    values.meetings[0] = { ...values.meetings[0]!, startTime: '7pm', town: 'Atlantis Falls' };
    values.meetings[1] = { ...values.meetings[1]!, onlineUrl: 'javascript:alert(1)' };
    const before = await db.group.count();
    const state = await createGroupAction(initialGroupFormState(values, null), groupForm(values));
    expect(Object.keys(state.fieldErrors).sort()).toEqual(['meetings.0.startTime', 'meetings.0.town', 'meetings.1.onlineUrl', 'name']);
    expect(state.values.meetings[0]?.town).toBe('Atlantis Falls');
    expect(state.values.description).toBe(values.description);
    expect(await db.group.count()).toBe(before);
  });
});

describe('an editor changing a listing', () => {
  it('edits one meeting, removes another, adds a third, and bumps the version', async () => {
    signInAs(editor);
    const group = await createGroup(db, buildGroup({ name: 'Oakville Grief Circle', meetings: [buildMeeting({ town: 'Oakville' }), buildMeeting({ attendance: 'PHONE', dialIn: '1-888-555-0100', town: null, latitude: null, longitude: null })] }));
    await db.meeting.updateMany({ where: { groupId: group.id }, data: { nextStartsAt: new Date('2026-01-06T00:00:00Z') } });
    const loaded = await getGroupForEdit(group.id);
    const values = groupToFormValues(loaded!);
    const [first, second] = values.meetings;
    values.meetings = [
      { ...first!, startTime: '18:00', endTime: '19:30' },
      { ...second!, remove: true },
      { ...blankMeetingValues('2026-02-01'), weekdays: ['6'], startTime: '10:00', town: 'Burlington' },
    ];
    const path = await redirectOf(updateGroupAction(initialGroupFormState(values, loaded!.version), groupForm(values, { id: group.id, version: loaded!.version })));
    expect(path).toBe(`/staff/listings/${group.id}?saved=1&v=${loaded!.version + 1}`);
    const after = await getGroupForEdit(group.id);
    expect(after?.version).toBe(loaded!.version + 1);
    expect(after?.meetings.map((m) => [m.id === first!.id, m.town, m.startTime, m.position])).toEqual([
      [true, 'Oakville', '18:00', 0],
      [false, 'Burlington', '10:00', 1],
    ]);
    // The changed schedule's next start is stored with the save, in Toronto's evening.
    const edited = await db.meeting.findUnique({ where: { id: first!.id }, select: { nextStartsAt: true } });
    expect(edited?.nextStartsAt?.getTime()).toBeGreaterThan(Date.now());
    expect(edited?.nextStartsAt?.toISOString()).toMatch(/T(22|23):00:00\.000Z$/);
    const audit = (await auditFor(group.id)).at(-1);
    expect(audit?.action).toBe('group.update');
    expect((audit?.before as { meetings: unknown[] }).meetings).toHaveLength(2);
    expect((audit?.after as { meetings: { startTime: string }[] }).meetings[0]?.startTime).toBe('18:00');
  });

  it('lets the first of two editors win and shows the second what changed, writing nothing and keeping their input', async () => {
    const group = await createGroup(db, buildGroup({ name: 'Barrie Parents Together', summary: 'Parents of teens meet every week.' }));
    const loaded = (await getGroupForEdit(group.id))!;
    const version = loaded.version;
    const first = { ...groupToFormValues(loaded), name: 'Barrie Parents of Teens' };
    const second = { ...groupToFormValues(loaded), summary: 'Parents of teenagers share what works, weekly.' };
    second.meetings = second.meetings.map((m) => ({ ...m, notes: 'Use the side door.' }));

    signInAs(editor);
    await redirectOf(updateGroupAction(initialGroupFormState(first, version), groupForm(first, { id: group.id, version })));
    const state: GroupFormState = await updateGroupAction(initialGroupFormState(second, version), groupForm(second, { id: group.id, version }));

    expect(state.message).toBe(CONFLICT_MESSAGE);
    expect(state.version).toBe(version + 1);
    expect(state.values.summary).toBe(second.summary);
    expect(state.conflict).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'Name', theirs: 'Barrie Parents of Teens', yours: 'Barrie Parents Together' }),
        expect.objectContaining({ label: 'Summary', theirs: 'Parents of teens meet every week.', yours: second.summary }),
        expect.objectContaining({ label: 'Meeting 1: Notes', theirs: '', yours: 'Use the side door.' }),
      ]),
    );
    const saved = await getGroupForEdit(group.id);
    expect(saved).toMatchObject({ name: 'Barrie Parents of Teens', summary: 'Parents of teens meet every week.', version: version + 1 });
    expect(saved?.meetings[0]?.notes).toBe('');
    expect((await auditFor(group.id)).map((a) => a.action)).toEqual(['group.update']);

    // Having seen the comparison, the second editor saves on purpose.
    const retry = { ...state.values, name: 'Barrie Parents of Teens' };
    await redirectOf(updateGroupAction(state, groupForm(retry, { id: group.id, version: state.version ?? 0 })));
    expect(await getGroupForEdit(group.id)).toMatchObject({ name: 'Barrie Parents of Teens', summary: second.summary, version: version + 2 });
  });
});

describe('two editors saving at the same moment', () => {
  it('lets exactly one save through; the other is told of the conflict and nothing of theirs is written', async () => {
    signInAs(editor);
    const group = await createGroup(db, buildGroup({ name: 'Sarnia Chronic Pain Circle' }));
    const loaded = (await getGroupForEdit(group.id))!;
    const a = { ...groupToFormValues(loaded), name: 'Sarnia Pain Support' };
    const b = { ...groupToFormValues(loaded), name: 'Sarnia Living With Pain' };
    const settle = (p: Promise<GroupFormState>) => p.then((state) => ({ state, path: null as string | null })).catch(async (e: unknown) => ({ state: null, path: await redirectOf(Promise.reject(e)) }));
    const results = await Promise.all([
      settle(updateGroupAction(initialGroupFormState(a, loaded.version), groupForm(a, { id: group.id, version: loaded.version }))),
      settle(updateGroupAction(initialGroupFormState(b, loaded.version), groupForm(b, { id: group.id, version: loaded.version }))),
    ]);
    const saved = results.filter((r) => r.path);
    const refused = results.filter((r) => r.state);
    expect(saved).toHaveLength(1);
    expect(refused[0]?.state?.message).toBe(CONFLICT_MESSAGE);
    const now = await getGroupForEdit(group.id);
    expect(now?.version).toBe(loaded.version + 1);
    expect([a.name, b.name]).toContain(now?.name);
    expect(refused[0]?.state?.values.name).not.toBe(now?.name);
  });
});

describe('publishing and checking a listing', () => {
  it('publishes, unpublishes, archives and marks verified, each audited with before and after', async () => {
    signInAs(editor);
    const group = await createGroup(db, buildGroup({ status: 'DRAFT', lastVerifiedAt: null }));
    const post = formOf({ id: group.id });
    expect(await redirectOf(publishGroupAction(post))).toBe(`/staff/listings/${group.id}?done=publish&v=2`);
    expect((await getGroupForEdit(group.id))?.status).toBe('PUBLISHED');
    await redirectOf(unpublishGroupAction(post));
    expect((await getGroupForEdit(group.id))?.status).toBe('DRAFT');
    await redirectOf(archiveGroupAction(post));
    expect((await getGroupForEdit(group.id))?.status).toBe('ARCHIVED');
    const start = Date.now();
    await markGroupVerifiedAction(initialCheckedState, post);
    const checked = await db.group.findUnique({ where: { id: group.id }, select: { lastVerifiedAt: true, lastVerifiedById: true, version: true } });
    expect(checked?.lastVerifiedById).toBe(editor.id);
    expect(checked?.lastVerifiedAt?.getTime()).toBeGreaterThanOrEqual(start - 1000);
    expect(checked?.version).toBe(5);
    const audit = await auditFor(group.id);
    expect(audit.map((a) => a.action)).toEqual(['group.publish', 'group.unpublish', 'group.archive', 'group.verify']);
    expect(audit.map((a) => [(a.before as { status: string }).status, (a.after as { status: string }).status])).toEqual([
      ['DRAFT', 'PUBLISHED'], ['PUBLISHED', 'DRAFT'], ['DRAFT', 'ARCHIVED'], ['ARCHIVED', 'ARCHIVED'],
    ]);
    expect((audit[3]?.before as { lastVerifiedAt: string | null }).lastVerifiedAt).toBeNull();
    expect(audit.every((a) => a.actorId === editor.id)).toBe(true);
  });

  it('refuses a visitor who is not signed in and changes nothing', async () => {
    const group = await createGroup(db, buildGroup({ status: 'DRAFT' }));
    signInAs(null);
    await expect(publishGroupAction(formOf({ id: group.id }))).rejects.toThrow(/Sign in again/);
    expect((await getGroupForEdit(group.id))?.status).toBe('DRAFT');
  });
});
