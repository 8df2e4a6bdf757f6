'use server';
import { refusedUpload, type ImportFormState } from '@/lib/open-data/import/form-state';
import { CSV_FIELD_NAMES, recordsFromCsv, type ColumnMapping } from '@/lib/open-data/import/listings-csv';
import { getImportRun, type StoredTable } from '@/lib/open-data/import/runs-data';
import { authorizeAction } from '@/lib/staff/guards';
import { planOrKeep, readRunId, today } from './shared';

/** The column-mapping step of a CSV: each directory field names one column (or none). */
export async function mapImportColumnsAction(_prev: ImportFormState, form: FormData): Promise<ImportFormState> {
  const session = await authorizeAction('import.map-columns', 'ADMIN');
  const id = readRunId(form);
  const run = id ? await getImportRun(id) : null;
  if (!id || !run || run.stage !== 'MAPPING') return refusedUpload('This upload has expired or was already used. Upload the file again.');
  const { table } = run.payload as StoredTable;
  const mapping: ColumnMapping = {};
  for (const field of CSV_FIELD_NAMES) {
    const v = form.get(`column.${field}`);
    const n = typeof v === 'string' && /^\d{1,3}$/.test(v) ? Number(v) : NaN;
    if (n < table.headers.length) mapping[field] = n;
  }
  const read = recordsFromCsv(table, mapping, today());
  if (!read.ok) return refusedUpload('The columns cannot be read like this.', read.problems);
  return planOrKeep({ createdById: session.userId, format: 'csv', fileName: run.fileName, publish: run.publish, records: read.records, notes: read.notes, mappingRunId: id });
}
