// Reading a listing for the editor and saving it with its meetings and
// topics in one transaction. Saves are optimistic: the UPDATE carries the
// version the editor loaded, and a stale version writes nothing.
import 'server-only';
import { db } from '../db.ts';
import { recordAudit } from '../audit/record.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { groupSnapshot, type EditableGroup } from './editable.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import type { GroupInput } from './schema.ts';
import type { MeetingInput } from './meeting-schema.ts';
import type { ChangeContext } from '../staff/context.ts';
import { slugForNewGroup } from './slug-data.ts';
import { nextStartAfter } from './next-meetings.ts';
import { requestGroupPurge } from '../page-cache/purge-data.ts';
import { queuePagePurge } from '../jobs/queue.ts';

type Tx = Prisma.TransactionClient;

export const editableGroupSelect = {
  id: true, slug: true, name: true, summary: true, description: true, whoMayAttend: true, leadership: true,
  languages: true, costKind: true, costDescription: true, accessibilityFeatures: true, accessibilityNotes: true,
  phone: true, email: true, website: true, privateContactName: true, privateContactPhone: true,
  privateContactEmail: true, organizationId: true, status: true, lastVerifiedAt: true, version: true, updatedAt: true,
  topics: { select: { topic: { select: { id: true, slug: true, name: true } } }, orderBy: { topic: { name: 'asc' } } },
  meetings: {
    select: {
      id: true, position: true, recurrence: true, weekdays: true, intervalWeeks: true, monthWeek: true, startsOn: true,
      startTime: true, endTime: true, timeZone: true, attendance: true, venueName: true, addressLine1: true,
      addressLine2: true, town: true, region: true, postalCode: true, country: true, latitude: true, longitude: true,
      onlineUrl: true, onlineOnRequest: true, dialIn: true, dialInOnRequest: true, notes: true,
    },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  },
} as const satisfies Prisma.GroupSelect;

export async function readEditableGroup(tx: Tx | typeof db, id: string): Promise<EditableGroup | null> {
  const row = await tx.group.findUnique({ where: { id }, select: editableGroupSelect });
  if (!row) return null;
  return { ...row, topics: row.topics.map((t) => t.topic) };
}

/** The listing with everything the editor shows, or null for an unknown id. */
export async function getGroupForEdit(id: string): Promise<EditableGroup | null> {
  if (id.length > 40) return null;
  return readEditableGroup(db, id);
}

export type SaveGroupResult =
  | { status: 'saved'; id: string; slug: string; version: number }
  | { status: 'invalid'; fieldErrors: FieldErrors }
  | { status: 'conflict'; current: EditableGroup }
  | { status: 'not-found' };

/** Thrown inside a save's transaction to roll it back and answer with `result`. */
export class ListingSaveStop extends Error {
  constructor(readonly result: SaveGroupResult) {
    super(result.status);
  }
}
const Stop = ListingSaveStop;

function groupData(input: GroupInput) {
  const fields: Partial<GroupInput> = { ...input };
  delete fields.meetings;
  delete fields.topicIds;
  delete fields.slug;
  return fields as Omit<GroupInput, 'meetings' | 'topicIds' | 'slug'>;
}

function meetingData(m: MeetingInput, position: number) {
  const fields: Partial<MeetingInput> = { ...m };
  delete fields.id;
  return { ...(fields as Omit<MeetingInput, 'id'>), position };
}

const SCHEDULE_KEYS = ['recurrence', 'weekdays', 'intervalWeeks', 'monthWeek', 'startsOn', 'startTime', 'endTime', 'timeZone'] as const;

function scheduleChanged(before: EditableGroup['meetings'][number], after: MeetingInput): boolean {
  return SCHEDULE_KEYS.some((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** Unknown topics, organization or meetings of another group become field errors. */
async function checkReferences(tx: Tx, input: GroupInput, current: EditableGroup | null): Promise<void> {
  const errors: FieldErrors = {};
  const topics = await tx.topic.count({ where: { id: { in: input.topicIds } } });
  if (topics !== input.topicIds.length) errors.topicIds = ['Choose topics from the list.'];
  if (input.organizationId && !(await tx.organization.count({ where: { id: input.organizationId } })))
    errors.organizationId = ['Choose an organization from the list.'];
  const own = new Set(current?.meetings.map((m) => m.id) ?? []);
  input.meetings.forEach((m, i) => {
    if (m.id && !own.has(m.id)) errors[`meetings.${i}.id`] = ['This meeting no longer exists; reload the listing.'];
  });
  if (Object.keys(errors).length > 0) throw new Stop({ status: 'invalid', fieldErrors: errors });
}

/** Set on save, so a changed schedule is right in search at once; the minute job keeps it current after. */
function nextStartsAtFor(m: MeetingInput, now: Date): Date | null {
  return m.recurrence === 'BY_ARRANGEMENT' ? null : nextStartAfter(m, now);
}

async function writeTopicsAndMeetings(tx: Tx, groupId: string, input: GroupInput, current: EditableGroup | null) {
  const now = new Date();
  await tx.groupTopic.deleteMany({ where: { groupId, topicId: { notIn: input.topicIds } } });
  await tx.groupTopic.createMany({ data: input.topicIds.map((topicId) => ({ groupId, topicId })), skipDuplicates: true });
  const kept = new Set(input.meetings.flatMap((m) => (m.id ? [m.id] : [])));
  await tx.meeting.deleteMany({ where: { groupId, id: { notIn: [...kept] } } });
  for (const [position, m] of input.meetings.entries()) {
    const before = m.id ? current?.meetings.find((x) => x.id === m.id) : undefined;
    if (m.id && before) {
      const reset = scheduleChanged(before, m) ? { nextStartsAt: nextStartsAtFor(m, now) } : {};
      await tx.meeting.update({ where: { id: m.id }, data: { ...meetingData(m, position), ...reset }, select: { id: true } });
    } else {
      await tx.meeting.create({ data: { ...meetingData(m, position), groupId, nextStartsAt: nextStartsAtFor(m, now) }, select: { id: true } });
    }
  }
}

/** Runs a transaction that may stop with a ListingSaveStop, answering with its result. */
export async function runListingSave<T>(work: (tx: Tx) => Promise<T>): Promise<T | SaveGroupResult> {
  try {
    const result = await db.$transaction(work);
    // The purge the save stored (requestGroupPurge) goes out now, not at the next minute.
    void queuePagePurge();
    return result;
  } catch (e) {
    if (e instanceof Stop) return e.result;
    throw e;
  }
}

type Saved = Extract<SaveGroupResult, { status: 'saved' }>;

/** Creates a draft listing inside the caller's transaction; throws ListingSaveStop when it cannot. */
export async function createGroupInTx(tx: Tx, input: GroupInput, ctx: ChangeContext, action = 'group.create', status: 'DRAFT' | 'PUBLISHED' = 'DRAFT'): Promise<Saved> {
  await checkReferences(tx, input, null);
  const slug = await slugForNewGroup(tx, input.slug, input.name);
  if (!slug) throw new Stop({ status: 'invalid', fieldErrors: { slug: ['Another listing already uses this address. Choose another.'] } });
  const created = await tx.group.create({ data: { ...groupData(input), slug, status }, select: { id: true } });
  await writeTopicsAndMeetings(tx, created.id, input, null);
  const after = await readEditableGroup(tx, created.id);
  if (!after) throw new Error('created group vanished');
  await recordAudit(tx, { actor: ctx.actor, action, entityType: 'Group', entityId: created.id, before: null, after: groupSnapshot(after), ip: ctx.ip });
  if (status === 'PUBLISHED') await requestGroupPurge(tx, slug);
  return { status: 'saved', id: created.id, slug, version: after.version };
}

/** A new listing, always a draft: publishing is a separate, audited step. */
export async function createGroupWithMeetings(input: GroupInput, ctx: ChangeContext): Promise<SaveGroupResult> {
  return runListingSave((tx) => createGroupInTx(tx, input, ctx));
}

/** Updates inside the caller's transaction if the listing is still at `expectedVersion`; throws ListingSaveStop otherwise. */
export async function updateGroupInTx(tx: Tx, id: string, input: GroupInput, expectedVersion: number, ctx: ChangeContext, action = 'group.update'): Promise<Saved> {
  const current = await readEditableGroup(tx, id);
  if (!current) throw new Stop({ status: 'not-found' });
  await checkReferences(tx, input, current);
  const { count } = await tx.group.updateMany({
    where: { id, version: expectedVersion },
    data: { ...groupData(input), version: { increment: 1 } },
  });
  if (count === 0) throw new Stop({ status: 'conflict', current });
  await writeTopicsAndMeetings(tx, id, input, current);
  const after = await readEditableGroup(tx, id);
  if (!after) throw new Error('updated group vanished');
  await recordAudit(tx, { actor: ctx.actor, action, entityType: 'Group', entityId: id, before: groupSnapshot(current), after: groupSnapshot(after), ip: ctx.ip });
  // A shared cache may hold the public pages of a published listing (decision 035).
  if (current.status === 'PUBLISHED' || after.status === 'PUBLISHED') await requestGroupPurge(tx, after.slug);
  if (current.slug !== after.slug && current.status === 'PUBLISHED') await requestGroupPurge(tx, current.slug);
  return { status: 'saved', id, slug: after.slug, version: after.version };
}

/** Saves only if the listing is still at `expectedVersion`; otherwise returns what is saved now. */
export async function updateGroupWithMeetings(id: string, input: GroupInput, expectedVersion: number, ctx: ChangeContext): Promise<SaveGroupResult> {
  const result = await runListingSave((tx) => updateGroupInTx(tx, id, input, expectedVersion, ctx));
  return latestOnConflict(id, result);
}

/** On a conflict, the listing as saved now (the copy read in the failed transaction may predate the winning save). */
export async function latestOnConflict<T>(id: string, result: T | SaveGroupResult): Promise<T | SaveGroupResult> {
  if (!isConflict(result)) return result;
  const latest = await readEditableGroup(db, id);
  return latest ? { status: 'conflict', current: latest } : { status: 'not-found' };
}

function isConflict(r: unknown): r is Extract<SaveGroupResult, { status: 'conflict' }> {
  return typeof r === 'object' && r !== null && (r as { status?: unknown }).status === 'conflict';
}
