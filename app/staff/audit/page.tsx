import type { Metadata } from 'next';
import { Pagination } from '@/components/group/pagination';
import { AuditEntry } from '@/components/staff/audit/audit-entry';
import { AuditFiltersForm } from '@/components/staff/audit/audit-filters';
import { requireStaffPage } from '@/lib/staff/guards';
import { listAuditEntityTypes, listAuditEntries } from '@/lib/audit/data';
import { ALL_SOURCES_PER_HOUR, countFloodProneToday, PER_SOURCE_PER_HOUR } from '@/lib/audit/flood-cap';
import { auditFiltersQuery, parseAuditFilters } from '@/lib/audit/schema';

export const metadata: Metadata = { title: 'Audit trail' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditTrailPage({ searchParams }: Props) {
  await requireStaffPage();
  const f = parseAuditFilters(await searchParams);
  const [result, entityTypes, refusalsToday] = await Promise.all([
    listAuditEntries(f),
    listAuditEntityTypes(),
    countFloodProneToday(),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Audit trail</h1>
      <p className="mt-2">Every change made in the console, every sign-in and every refused action. Entries cannot be edited or deleted.</p>
      <p className="mt-2 text-sm" data-testid="audit-refusal-count">
        Refusals, failed sign-ins and reset requests in the last 24 hours: {refusalsToday}. Past {PER_SOURCE_PER_HOUR} an hour from one address, or{' '}
        {ALL_SOURCES_PER_HOUR} an hour of one kind in all, they are counted here but not listed.
      </p>
      <div className="mt-4">
        <AuditFiltersForm f={f} entityTypes={entityTypes} />
      </div>
      <p className="mt-4" role="status" data-testid="audit-count">
        {result.total} {result.total === 1 ? 'entry' : 'entries'}
        {result.pageCount > 1 && ` — page ${result.page} of ${result.pageCount}`}
      </p>
      <ol className="mt-3 space-y-3">
        {result.rows.map((row) => (
          <AuditEntry key={row.id} row={row} />
        ))}
      </ol>
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/staff/audit" query={auditFiltersQuery(f)} label="Audit trail pages" />
    </>
  );
}
