// URL state of the audit trail. Every parameter falls back to "no filter",
// so a hand-edited address never fails the page.
import { z } from 'zod';
import { pageParamSchema } from '../listings/browse-schema';

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const text = (max: number, re: RegExp) => z.preprocess(first, z.string().trim().max(max).regex(re).catch('')).catch('');
const day = z.preprocess(first, z.iso.date().nullable().catch(null)).catch(null);

export const auditFiltersSchema = z.object({
  actor: text(254, /^[^\s]*$/),
  action: text(80, /^[a-z0-9.-]*$/),
  entity: text(60, /^[A-Za-z]*$/),
  from: day,
  to: day,
  page: pageParamSchema,
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  return auditFiltersSchema.parse({ ...params });
}

export function auditFiltersQuery(f: AuditFilters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.actor) q.actor = f.actor;
  if (f.action) q.action = f.action;
  if (f.entity) q.entity = f.entity;
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  return q;
}
