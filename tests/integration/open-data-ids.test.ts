// An app that follows an open-data (HSDS) link to one listing, meeting or
// organization is answered from an index, not by deriving the id of every
// group (decision 040). The database derives the ids itself, so it must
// derive exactly what lib/open-data/ids.ts publishes, and keep a meeting's
// id in step when meetings are added, removed or reordered.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { ownOrganizationId, serviceAtLocationId, serviceId } from '../../lib/open-data/ids.ts';
import { findGroupByServiceId, findMeetingBySalId, resolveOrganizationId } from '../../lib/open-data/data.ts';

const IMPORTED = '8A3F1C2E-1111-4A2B-9C3D-0123456789AB';
const GROUPS = [
  { id: 'cmabc123def456ghi789jkl0', externalId: null },
  { id: 'F47AC10B-58CC-4372-A567-0E02B2C3D479', externalId: null },
  { id: 'cmimported00000000000001', externalId: IMPORTED },
  { id: 'cmnotauuid00000000000002', externalId: 'ext-42' },
  { id: 'groupe-française-é', externalId: null },
];

async function addGroup(id: string, externalId: string | null, status = 'PUBLISHED') {
  await db.$executeRaw`INSERT INTO "Group" (id, slug, name, summary, description, status, "externalId", "updatedAt")
    VALUES (${id}, ${'g-' + id.toLowerCase().replace(/[^a-z0-9]/g, '')}, ${'Group ' + id}, 'Peer support.', 'Members share.', ${status}::"GroupStatus", ${externalId}, now())`;
}

async function addMeeting(groupId: string, id: string, position: number, createdAt = '2026-11-01T10:00:00Z') {
  await db.$executeRaw`INSERT INTO "Meeting" (id, "groupId", position, weekdays, "startsOn", "timeZone", "createdAt", "updatedAt")
    VALUES (${id}, ${groupId}, ${position}, '{1}', '2026-11-02', 'America/Toronto', ${createdAt}::timestamp, now())`;
}

/** Each meeting's stored id beside the one ids.ts publishes for its place in the listing. */
async function meetingIds(groupId: string) {
  const group = await db.group.findUniqueOrThrow({ where: { id: groupId }, select: { externalId: true } });
  const meetings = await db.meeting.findMany({ where: { groupId }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }], select: { id: true, hsdsId: true } });
  return meetings.map((m, i) => ({ id: m.id, stored: m.hsdsId, published: serviceAtLocationId(serviceId(groupId, group.externalId), i) }));
}

beforeAll(async () => {
  for (const g of GROUPS) await addGroup(g.id, g.externalId);
  await addGroup('cmdraft00000000000000003', null, 'DRAFT');
  await addMeeting(GROUPS[0]!.id, 'm-a', 0);
  await addMeeting(GROUPS[0]!.id, 'm-b', 1);
  await addMeeting(GROUPS[0]!.id, 'm-c', 1, '2026-10-01T10:00:00Z');
  await addMeeting(GROUPS[2]!.id, 'm-d', 0);
});

describe('open-data ids, as the database derives them', () => {
  it.each(GROUPS)('finds a listing by the service id the API publishes for it ($id, imported as $externalId)', async (g) => {
    const id = serviceId(g.id, g.externalId);
    const [row] = await db.$queryRaw<{ uuid: string }[]>`SELECT hsds_service_uuid(${g.id}, ${g.externalId})::text AS uuid`;
    expect(row?.uuid).toBe(id);
    expect((await findGroupByServiceId(id))?.id).toBe(g.id);
    expect((await findGroupByServiceId(id.toUpperCase()))?.id).toBe(g.id);
  });

  it('does not find a listing that is not published, or an id nothing has', async () => {
    expect(await findGroupByServiceId(serviceId('cmdraft00000000000000003'))).toBeNull();
    expect(await findGroupByServiceId('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await findGroupByServiceId('not-a-uuid')).toBeNull();
  });

  it('numbers meetings by place in the listing, ties by when they were added', async () => {
    const ids = await meetingIds(GROUPS[0]!.id);
    expect(ids.map((m) => m.id)).toEqual(['m-a', 'm-c', 'm-b']);
    for (const m of ids) expect(m.stored).toBe(m.published);
    const found = await findMeetingBySalId(ids[1]!.published);
    expect(found).toMatchObject({ meetingId: 'm-c', group: { id: GROUPS[0]!.id } });
  });

  it('keeps meeting ids in step when meetings are reordered, removed and added', async () => {
    const groupId = GROUPS[0]!.id;
    await db.meeting.update({ where: { id: 'm-a' }, data: { position: 5 } });
    expect((await meetingIds(groupId)).map((m) => m.id)).toEqual(['m-c', 'm-b', 'm-a']);
    for (const m of await meetingIds(groupId)) expect(m.stored).toBe(m.published);
    await db.meeting.delete({ where: { id: 'm-c' } });
    await addMeeting(groupId, 'm-e', 0);
    const after = await meetingIds(groupId);
    expect(after.map((m) => m.id)).toEqual(['m-e', 'm-b', 'm-a']);
    for (const m of after) expect(m.stored).toBe(m.published);
    expect((await findMeetingBySalId(after[0]!.published))?.meetingId).toBe('m-e');
  });

  it('gives a listing’s meetings new ids when it is imported under another id', async () => {
    const groupId = GROUPS[2]!.id;
    const before = await meetingIds(groupId);
    await db.group.update({ where: { id: groupId }, data: { externalId: '0b0b0b0b-2222-4c3d-8e4f-0123456789ab' } });
    const after = await meetingIds(groupId);
    expect(after[0]!.stored).toBe(after[0]!.published);
    expect(after[0]!.stored).not.toBe(before[0]!.stored);
    expect(await findMeetingBySalId(before[0]!.published)).toBeNull();
  });

  it('finds a listing that runs on its own by the organization id the API publishes for it', async () => {
    const g = GROUPS[3]!;
    expect(await resolveOrganizationId(ownOrganizationId(serviceId(g.id, g.externalId)))).toEqual({ ownOrganizationGroupId: g.id });
    expect(await resolveOrganizationId('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('answers a look-up from the index, not by reading every group', async () => {
    // A handful of rows would be read whole anyway; with that ruled out, the plan shows the index can answer.
    const plans = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      const explain = async (text: string) => JSON.stringify(await tx.$queryRawUnsafe(`EXPLAIN (FORMAT JSON) ${text}`));
      return {
        service: await explain(`SELECT id FROM "Group" WHERE status = 'PUBLISHED' AND hsds_service_uuid(id, "externalId") = '${IMPORTED.toLowerCase()}'::uuid`),
        meeting: await explain(`SELECT id FROM "Meeting" WHERE "hsdsId" = '${IMPORTED.toLowerCase()}'::uuid`),
      };
    });
    expect(plans.service).toContain('Group_hsds_service_uuid_idx');
    expect(plans.meeting).toContain('Meeting_hsdsId_idx');
  });
});
