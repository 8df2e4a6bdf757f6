// The audit trail: one append-only AuditLog row per staff change, sign-in
// and refused action. A database trigger refuses UPDATE/DELETE on the table.
// Refusals and other entries anyone can repeat are capped per hour and
// counted instead past the cap (flood-cap.ts).
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';
import { admitFloodProne, FLOOD_PRONE_ACTIONS } from '@/lib/audit/flood-cap';

/** Who acted: a staff session satisfies it. Declared here so the audit trail depends on no caller. */
export type AuditActor = { userId: string; email: string };

export type AuditInput = {
  actor: AuditActor | null;
  action: string;
  entityType?: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string;
};

/** Dates become ISO strings and undefined keys disappear, as JSON would store them. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Appends an AuditLog row; pass the transaction client when the change is in one. */
export async function recordAudit(tx: Prisma.TransactionClient | typeof db, input: AuditInput): Promise<void> {
  if (FLOOD_PRONE_ACTIONS.has(input.action) && !(await admitFloodProne(tx, input.action, input.ip ?? ''))) return;
  await tx.auditLog.create({
    data: {
      actorId: input.actor?.userId ?? null,
      actorEmail: input.actor?.email ?? '',
      action: input.action,
      entityType: input.entityType ?? '',
      entityId: input.entityId ?? null,
      before: toJson(input.before),
      after: toJson(input.after),
      ip: input.ip ?? '',
    },
    select: { id: true },
  });
}
