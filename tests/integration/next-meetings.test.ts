// The stored next start of each meeting, which "in the next 7 days" and
// "sort by next meeting" read, as a search sees it during a meeting.
import { expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { refreshNextMeetings } from '../../lib/listings/next-meetings.ts';

it('a meeting under way is stored with its next start, and is not recomputed on every search', async () => {
  // Tuesday 10 March 2026, 14:00 in Toronto: the 13:30–15:00 meeting is on.
  const now = new Date('2026-03-10T18:00:00Z');
  const group = await db.group.create({
    data: {
      slug: 'tuesday-circle',
      name: 'Tuesday Circle',
      summary: 'Peer support.',
      description: 'Members share.',
      status: 'PUBLISHED',
      meetings: {
        create: { recurrence: 'WEEKLY', weekdays: [2], startsOn: new Date('2026-01-06'), startTime: '13:30', endTime: '15:00', timeZone: 'America/Toronto' },
      },
    },
    select: { id: true },
  });

  expect(await refreshNextMeetings(now)).toBe(1);
  const meeting = await db.meeting.findFirstOrThrow({ where: { groupId: group.id }, select: { nextStartsAt: true } });
  expect(meeting.nextStartsAt?.toISOString()).toBe('2026-03-17T17:30:00.000Z');
  // Nothing is stale any more: the next refresh has no work.
  expect(await refreshNextMeetings(new Date(now.getTime() + 60_000))).toBe(0);
});
