// Reading the audit trail: newest first, filtered by who, what and when.
import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AuditFilters } from '@/lib/audit/schema';

export const AUDIT_PAGE_SIZE = 50;

function whereOf(f: AuditFilters): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (f.actor) and.push({ actorEmail: { contains: f.actor, mode: 'insensitive' } });
  if (f.action) and.push({ action: { startsWith: f.action } });
  if (f.entity) and.push({ entityType: f.entity });
  // Whole days, in the clearinghouse's zone would be nicer; UTC days keep it simple and predictable.
  if (f.from) and.push({ createdAt: { gte: new Date(`${f.from}T00:00:00Z`) } });
  if (f.to) and.push({ createdAt: { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } });
  return { AND: and };
}

export async function listAuditEntries(f: AuditFilters) {
  const where = whereOf(f);
  const total = await db.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const rows = await db.auditLog.findMany({
    where,
    select: { id: true, createdAt: true, actorEmail: true, action: true, entityType: true, entityId: true, before: true, after: true, ip: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return { rows, total, page, pageCount };
}

/** Entity types that appear in the trail, for the filter's choices. */
export async function listAuditEntityTypes(): Promise<string[]> {
  const rows = await db.auditLog.findMany({ where: { entityType: { not: '' } }, distinct: ['entityType'], select: { entityType: true }, orderBy: { entityType: 'asc' } });
  return rows.map((r) => r.entityType);
}
