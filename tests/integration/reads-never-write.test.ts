// A visitor's search only reads: stored next meeting times are kept by a
// listing save and by the minute job, never by the results page.
import { describe, expect, it, vi } from 'vitest';
import { db } from '../support/db.ts';
import { buildGroup, buildMeeting, createGroup, createStaffUser, createTopics } from '../../prisma/seed/factories.ts';
import { parseSearchParams } from '../../lib/search/schema.ts';
import { searchGroups } from '../../lib/search/data.ts';
import { refreshNextMeetings } from '../../lib/listings/next-meetings.ts';
import { createGroupAction } from '../../app/staff/listings/actions/create-group-action.ts';
import { initialGroupFormState } from '../../lib/listings/form-state.ts';
import { blankMeetingValues } from '../../lib/listings/meeting-schema.ts';
import type { GroupFormValues } from '../../lib/listings/schema.ts';
import { groupForm, redirectOf, signInAs } from './support/staff-actions-harness.ts';

vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

describe('stored next meeting times', () => {
  it('are left alone by a search, even when stale, and filled by the refresh job', async () => {
    await createTopics(db);
    const g = await createGroup(db, buildGroup({ name: 'Stale Times Circle', meetings: [buildMeeting({ weekdays: [3] })] }));
    const before = await db.meeting.findFirstOrThrow({ where: { groupId: g.id }, select: { nextStartsAt: true, updatedAt: true } });
    expect(before.nextStartsAt).toBeNull();

    for (const params of [{ q: 'stale times' }, { soon: '1' }, { sort: 'next' }]) await searchGroups(parseSearchParams(params).filters, null);
    const after = await db.meeting.findFirstOrThrow({ where: { groupId: g.id }, select: { nextStartsAt: true, updatedAt: true } });
    expect(after).toEqual(before);

    expect(await refreshNextMeetings()).toBeGreaterThan(0);
    const refreshed = await db.meeting.findFirstOrThrow({ where: { groupId: g.id }, select: { nextStartsAt: true } });
    expect(refreshed.nextStartsAt?.getTime()).toBeGreaterThan(Date.now());
  });

  it('are set when staff save a listing, so search is right at once', async () => {
    const editor = await createStaffUser(db, { email: 'times-editor@example.org', name: 'Listings editor', role: 'EDITOR', password: 'correct horse battery' });
    const topic = await db.topic.findFirstOrThrow({ select: { id: true } });
    signInAs(editor);
    const weekly = { ...blankMeetingValues('2026-01-05'), weekdays: ['2'], startTime: '19:00', endTime: '20:30', attendance: 'ONLINE', onlineUrl: 'https://meet.example.org/times' };
    const arranged = { ...blankMeetingValues('2026-01-05'), recurrence: 'BY_ARRANGEMENT', attendance: 'PHONE', dialIn: '1-888-555-0100' };
    const values: GroupFormValues = {
      name: 'Saved Times Circle', slug: '', summary: 'Members meet online on Tuesdays.', description: 'A member-led circle.',
      whoMayAttend: 'BOTH', leadership: '1', languages: 'en', costKind: 'FREE', costDescription: '', accessibilityFeatures: [],
      accessibilityNotes: '', phone: '613-555-0142', email: '', website: '', privateContactName: '', privateContactPhone: '',
      privateContactEmail: '', organizationId: '', topicIds: [topic.id], meetings: [weekly, arranged],
    };
    const path = await redirectOf(createGroupAction(initialGroupFormState(values, null), groupForm(values)));
    const id = /^\/staff\/listings\/([a-z0-9]+)\?saved=created$/.exec(path)?.[1] ?? '';
    const meetings = await db.meeting.findMany({ where: { groupId: id }, orderBy: { position: 'asc' }, select: { recurrence: true, nextStartsAt: true } });
    expect(meetings).toHaveLength(2);
    expect(meetings[0]?.nextStartsAt?.getTime()).toBeGreaterThan(Date.now());
    // A Tuesday evening in Toronto.
    expect(meetings[0]?.nextStartsAt?.getUTCDay()).toBe(3);
    expect(meetings[1]).toEqual({ recurrence: 'BY_ARRANGEMENT', nextStartsAt: null });
  });
});
