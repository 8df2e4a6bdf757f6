// A meeting's slot tags are stored and kept by a trigger (decision 040), so
// the day, time and attendance filters read a column instead of computing
// tags for every meeting they test. Tried as staff would change a meeting:
// the stored tags must always be what the tags function says.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';

const stored = async (id: string) => {
  const [row] = await db.$queryRaw<{ slots: string[]; computed: string[] }[]>`
    SELECT slots, coalesce(meeting_slots(recurrence, weekdays, "startTime", attendance), '{}') AS computed FROM "Meeting" WHERE id = ${id}`;
  return row!;
};

beforeAll(async () => {
  await db.$executeRaw`INSERT INTO "Group" (id, slug, name, summary, description, status, "updatedAt")
    VALUES ('g-slots', 'g-slots', 'Slots Circle', 'Peer support.', 'Members share.', 'PUBLISHED', now())`;
  await db.$executeRaw`INSERT INTO "Meeting" (id, "groupId", weekdays, "startsOn", "startTime", "timeZone", attendance, "updatedAt")
    VALUES ('m-slots', 'g-slots', '{2}', '2026-11-03', '19:00', 'America/Toronto', 'IN_PERSON', now())`;
});

describe('stored meeting slots', () => {
  it('are written with a new meeting', async () => {
    const { slots, computed } = await stored('m-slots');
    expect(slots).toContain('s:IN_PERSON:2:evening');
    expect([...slots].sort()).toEqual([...computed].sort());
  });

  it('follow a change of day, time and attendance', async () => {
    await db.meeting.update({ where: { id: 'm-slots' }, data: { weekdays: [6], startTime: '09:30', attendance: 'ONLINE' } });
    const { slots, computed } = await stored('m-slots');
    expect(slots).toContain('s:ONLINE:6:morning');
    expect(slots).not.toContain('s:IN_PERSON:2:evening');
    expect([...slots].sort()).toEqual([...computed].sort());
  });

  it('follow a change to "by arrangement"', async () => {
    await db.meeting.update({ where: { id: 'm-slots' }, data: { recurrence: 'BY_ARRANGEMENT' } });
    const { slots, computed } = await stored('m-slots');
    expect(slots.some((s) => s.includes(':6:'))).toBe(false);
    expect([...slots].sort()).toEqual([...computed].sort());
  });
});
