import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ColumnForm } from '@/components/staff/import/column-form';
import { CSV_FIELD_NAMES, CSV_FIELDS } from '@/lib/open-data/import/listings-csv';
import { getImportRun, type StoredTable } from '@/lib/open-data/import/runs-data';
import { requireStaffPage } from '@/lib/staff/guards';
import { mapImportColumnsAction } from '../../actions/map-import-columns-action';

export const metadata: Metadata = { title: 'Import: match the columns' };

export default async function ImportColumnsPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaffPage('ADMIN');
  const { id } = await params;
  const run = await getImportRun(id);
  if (!run) notFound();
  if (run.stage !== 'MAPPING') redirect(`/staff/import/${id}`);
  const { table, mapping } = run.payload as StoredTable;
  const first = table.rows[0]?.cells ?? [];
  const headers = table.headers.map((h, index) => {
    const sample = (first[index] ?? '').slice(0, 30);
    return { index, label: `${h || `Column ${index + 1}`}${sample ? ` (e.g. ${sample})` : ''}` };
  });
  const fields = CSV_FIELD_NAMES.map((name) => ({ name, label: CSV_FIELDS[name].label, column: mapping[name] ?? null }));
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Import: match the columns</h1>
      <p className="mt-2 max-w-2xl">
        {run.fileName} has {table.rows.length} {table.rows.length === 1 ? 'row' : 'rows'}. Choose which column holds each of the directory’s
        fields; a name is needed. Each row is one listing with one meeting.
      </p>
      <ColumnForm action={mapImportColumnsAction} id={run.id} headers={headers} fields={fields} />
    </>
  );
}
