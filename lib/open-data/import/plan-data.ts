// The dry run: every record judged against the directory as it is now —
// listings with the same HSDS id are updated (or left alone when nothing
// differs), repeats inside the upload and copies of an existing listing by
// name and address are rejected. Writes nothing.
import 'server-only';
import type { Prisma } from '../../generated/prisma/client.ts';
import { db } from '../../db.ts';
import { editableGroupSelect } from '../../listings/editor-data.ts';
import type { EditableGroup } from '../../listings/editable.ts';
import { addressKeys, planRecord, sameNameAndAddress, type PlanAction, type PlannedRow } from './plan.ts';
import type { SourceRecord } from './types.ts';

type Reader = Prisma.TransactionClient | typeof db;

export type ImportPlan = { rows: PlannedRow[]; counts: Record<PlanAction, number> };

async function existingByExternalId(tx: Reader, ids: string[]): Promise<Map<string, EditableGroup>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.group.findMany({ where: { externalId: { in: ids } }, select: { ...editableGroupSelect, externalId: true } });
  return new Map(rows.map(({ externalId, ...g }) => [externalId ?? '', { ...g, topics: g.topics.map((t) => t.topic) }]));
}

/** Listings already in the directory with one of these names (any letter case), with their street addresses. */
async function listingsNamed(tx: Reader, names: string[]) {
  if (names.length === 0) return [];
  const rows = await tx.group.findMany({
    where: { OR: names.map((name) => ({ name: { equals: name, mode: 'insensitive' as const } })) },
    select: { id: true, name: true, slug: true, externalId: true, meetings: { select: { addressLine1: true, town: true } } },
  });
  return rows.map((g) => ({ ...g, addresses: addressKeys(g.meetings) }));
}

export function countActions(rows: { action: PlanAction }[]): Record<PlanAction, number> {
  const counts: Record<PlanAction, number> = { create: 0, update: 0, unchanged: 0, reject: 0 };
  for (const r of rows) counts[r.action]++;
  return counts;
}

export async function planImport(records: SourceRecord[], tx: Reader = db): Promise<ImportPlan> {
  const ids = [...new Set(records.flatMap((r) => (r.externalId ? [r.externalId] : [])))];
  const [existing, topics, organizations] = await Promise.all([
    existingByExternalId(tx, ids),
    tx.topic.findMany({ select: { id: true, slug: true, name: true } }),
    tx.organization.findMany({ select: { id: true, name: true } }),
  ]);
  const named = await listingsNamed(tx, [...new Set(records.flatMap((r) => (r.fields.name?.trim() ? [r.fields.name.trim()] : [])))]);
  const seenIds = new Map<string, string>();
  const seenPlaces: { ref: string; name: string; addresses: string[] }[] = [];
  const rows = records.map((rec) => {
    const current = rec.externalId ? (existing.get(rec.externalId) ?? null) : null;
    const row = planRecord(rec, current, topics, organizations);
    const place = { ref: rec.ref, name: row.name, addresses: addressKeys((rec.meetings ?? []).map((m) => ({ addressLine1: m.addressLine1, town: m.town }))) };
    const firstWithId = rec.externalId ? seenIds.get(rec.externalId) : undefined;
    if (firstWithId) row.reasons.push(`duplicate id: ${rec.ref} repeats the id “${rec.externalId}” of ${firstWithId}`);
    else if (rec.externalId) seenIds.set(rec.externalId, rec.ref);
    const twin = seenPlaces.find((p) => sameNameAndAddress(p, place));
    if (twin && !firstWithId) row.reasons.push(`duplicate of ${twin.ref} in this upload: same name and address`);
    if (!current) {
      const copy = named.find((g) => g.externalId !== rec.externalId && sameNameAndAddress(g, place));
      if (copy) row.reasons.push(`duplicate of the existing listing “${copy.name}” (/groups/${copy.slug}): same name and address`);
    }
    seenPlaces.push(place);
    return row.reasons.length > 0 ? { ...row, action: 'reject' as const, input: null } : row;
  });
  return { rows, counts: countActions(rows) };
}
