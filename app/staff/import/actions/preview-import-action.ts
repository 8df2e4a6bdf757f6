'use server';
import { redirect } from 'next/navigation';
import { flag } from '@/lib/forms/form-values';
import { refusedUpload, type ImportFormState } from '@/lib/open-data/import/form-state';
import { sizeProblem } from '@/lib/open-data/import/limits';
import { readUpload } from '@/lib/open-data/import/read-upload';
import { saveImportRun } from '@/lib/open-data/import/runs-data';
import { authorizeAction } from '@/lib/staff/guards';
import { planOrKeep, today } from './shared';

/** Upload → dry run. Nothing in the directory changes here. */
export async function previewImportAction(_prev: ImportFormState, form: FormData): Promise<ImportFormState> {
  const session = await authorizeAction('import.preview', 'ADMIN');
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return refusedUpload('Choose a file to import.', [{ where: 'the file', reason: 'No file was chosen, or it is empty.' }]);
  // Refused on its size before a byte of it is read.
  const tooBig = sizeProblem(file.size);
  if (tooBig) return refusedUpload('The file was not read.', [{ where: file.name, reason: tooBig }]);
  const publish = flag(form, 'publish');
  const read = readUpload(new Uint8Array(await file.arrayBuffer()), today(), flag(form, 'chooseColumns'));
  if (read.ok === false) return refusedUpload('The file cannot be imported. Nothing was changed.', read.problems);
  if (read.ok === 'needs-mapping') {
    const id = await saveImportRun({ createdById: session.userId, format: 'csv', fileName: file.name, publish, stage: 'MAPPING', payload: { table: read.table, mapping: read.mapping } });
    redirect(`/staff/import/${id}/columns`);
  }
  return planOrKeep({ createdById: session.userId, format: read.format, fileName: file.name, publish, records: read.records, notes: read.notes });
}
