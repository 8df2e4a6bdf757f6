// One audit entry: who did what, when, and the changed fields side by side.
import { diffAudit } from '@/lib/audit/diff';
import { ScrollRegion } from '@/components/ui/scroll-region';

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorEmail: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string;
};

const when = new Intl.DateTimeFormat('en-CA', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'America/Toronto' });

export function AuditEntry({ row }: { row: AuditRow }) {
  const changes = diffAudit(row.before, row.after);
  return (
    <li className="rounded border border-slate-300 p-3" data-testid="audit-entry">
      <p className="flex flex-wrap gap-x-3">
        <span className="font-mono font-semibold">{row.action}</span>
        <span>{row.actorEmail || 'no signed-in staff'}</span>
        <time dateTime={row.createdAt.toISOString()} className="text-slate-700">{when.format(row.createdAt)}</time>
      </p>
      {(row.entityType || row.ip) && (
        <p className="text-sm text-slate-700">
          {row.entityType && <>{row.entityType} {row.entityId && <span className="font-mono break-all">{row.entityId}</span>}</>}
          {row.ip && <> · from {row.ip}</>}
        </p>
      )}
      {changes.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer font-semibold">{changes.length === 1 ? '1 detail' : `${changes.length} details`}</summary>
          <ScrollRegion label={`What changed: ${row.action}, ${when.format(row.createdAt)}`}>
            <table className="mt-2 w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="pr-3">Field</th>
                  <th scope="col" className="pr-3">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.path} className="border-t border-slate-200 align-top">
                    <th scope="row" className="pr-3 font-mono font-normal">{c.path}</th>
                    <td className="pr-3 break-all whitespace-pre-wrap text-red-900">{c.before ?? '—'}</td>
                    <td className="break-all whitespace-pre-wrap text-green-900">{c.after ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </details>
      )}
    </li>
  );
}
