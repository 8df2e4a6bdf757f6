// An upload between its dry run and its apply. Only uploads that could be
// applied are kept (a refused one changes nothing); applying re-plans
// against the directory as it is then and writes everything in one
// transaction, with an audit entry, or nothing.
import 'server-only';
import { db } from '../../db.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { createGroupInTx, ListingSaveStop, updateGroupInTx } from '../../listings/editor-data.ts';
import type { ChangeContext } from '../../staff/context.ts';
import type { CsvTable } from './csv.ts';
import type { ColumnMapping } from './listings-csv.ts';
import { planImport, type ImportPlan } from './plan-data.ts';
import type { ImportFormat, OrganizationFields, SourceRecord } from './types.ts';
import { foldText } from '../../fold.ts';
import type { PlanAction } from './plan.ts';

export type StoredRecords = { records: SourceRecord[]; notes: string[] };
export type StoredTable = { table: CsvTable; mapping: ColumnMapping };
export type ImportRunView = {
  id: string; format: string; fileName: string; stage: 'MAPPING' | 'READY' | 'APPLIED'; publish: boolean;
  payload: StoredRecords | StoredTable; result: Record<PlanAction, number> | null; createdAt: Date; appliedAt: Date | null;
};

/** Pending uploads older than this are not shown or applied: the directory has moved on. */
const PENDING_HOURS = 24;

/** The name the browser sent, as text PostgreSQL can keep: no control characters (a NUL is refused), no half surrogate pairs, at most 200 characters. */
function storableFileName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, 200).toWellFormed();
}

export async function saveImportRun(input: { createdById: string; format: ImportFormat; fileName: string; publish: boolean } & ({ stage: 'READY'; payload: StoredRecords } | { stage: 'MAPPING'; payload: StoredTable })): Promise<string> {
  const row = await db.importRun.create({ data: { ...input, fileName: storableFileName(input.fileName), payload: input.payload as unknown as Prisma.InputJsonValue }, select: { id: true } });
  return row.id;
}

export async function getImportRun(id: string): Promise<ImportRunView | null> {
  if (!/^[a-z0-9]{10,40}$/.test(id)) return null;
  const row = await db.importRun.findUnique({ where: { id } });
  if (!row) return null;
  if (row.stage !== 'APPLIED' && row.createdAt.getTime() < Date.now() - PENDING_HOURS * 3_600_000) return null;
  return { ...row, payload: row.payload as unknown as ImportRunView['payload'], result: row.result as ImportRunView['result'] };
}

/** The mapped records replace a MAPPING run's table. */
export async function markRunReady(id: string, payload: StoredRecords): Promise<void> {
  await db.importRun.updateMany({ where: { id, stage: 'MAPPING' }, data: { stage: 'READY', payload: payload as unknown as Prisma.InputJsonValue } });
}

/** An organization named by the upload, added once however many of its services are imported. */
async function addOrganization(tx: Prisma.TransactionClient, org: OrganizationFields, added: Map<string, string>, ctx: ChangeContext): Promise<string> {
  const key = foldText(org.name);
  const known = added.get(key);
  if (known) return known;
  const row = await tx.organization.create({ data: org, select: { id: true } });
  await recordAudit(tx, { actor: ctx.actor, action: 'organization.import', entityType: 'Organization', entityId: row.id, after: org, ip: ctx.ip });
  added.set(key, row.id);
  return row.id;
}

export type ApplyResult = { status: 'applied'; counts: Record<PlanAction, number> } | { status: 'refused'; plan: ImportPlan | null; message: string };

class Refused extends Error {
  constructor(readonly result: ApplyResult) {
    super('refused');
  }
}

/** Applies a READY run; any rejected row or failed save rolls back everything. */
export async function applyImportRun(id: string, ctx: ChangeContext): Promise<ApplyResult> {
  try {
    return await db.$transaction(
      async (tx) => {
        // Claiming the run first: a second click or a second admin gets "already applied".
        const claimed = await tx.importRun.updateMany({ where: { id, stage: 'READY', createdAt: { gte: new Date(Date.now() - PENDING_HOURS * 3_600_000) } }, data: { stage: 'APPLIED', appliedAt: new Date() } });
        if (claimed.count === 0) throw new Refused({ status: 'refused', plan: null, message: 'This import was already applied or has expired. Upload the file again.' });
        const run = await tx.importRun.findUniqueOrThrow({ where: { id }, select: { payload: true, publish: true, fileName: true, format: true } });
        const plan = await planImport((run.payload as unknown as StoredRecords).records, tx);
        if (plan.counts.reject > 0) throw new Refused({ status: 'refused', plan, message: 'The directory changed since the dry run and some rows can no longer be imported. Nothing was imported.' });
        const added = new Map<string, string>();
        for (const row of plan.rows) {
          if (!row.input) continue;
          if (row.newOrganization) row.input.organizationId = await addOrganization(tx, row.newOrganization, added, ctx);
          if (row.action === 'create') {
            const saved = await createGroupInTx(tx, row.input, ctx, 'group.import', run.publish ? 'PUBLISHED' : 'DRAFT');
            if (row.externalId) await tx.group.update({ where: { id: saved.id }, data: { externalId: row.externalId }, select: { id: true } });
          } else if (row.action === 'update' && row.groupId && row.version !== null) {
            await updateGroupInTx(tx, row.groupId, row.input, row.version, ctx, 'group.import');
          }
        }
        await tx.importRun.update({ where: { id }, data: { result: plan.counts }, select: { id: true } });
        await recordAudit(tx, { actor: ctx.actor, action: 'import.apply', entityType: 'ImportRun', entityId: id, after: { fileName: run.fileName, format: run.format, publish: run.publish, ...plan.counts }, ip: ctx.ip });
        return { status: 'applied' as const, counts: plan.counts };
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (e) {
    if (e instanceof Refused) return e.result;
    if (e instanceof ListingSaveStop) return { status: 'refused', plan: null, message: `A listing could not be saved (${e.result.status}); nothing was imported. Run the dry run again.` };
    throw e;
  }
}
