// Helpers the import actions share (not an action file: no 'use server').
import 'server-only';
import { redirect } from 'next/navigation';
import { shownPlan, type ImportFormState } from '@/lib/open-data/import/form-state';
import { planImport } from '@/lib/open-data/import/plan-data';
import { markRunReady, saveImportRun } from '@/lib/open-data/import/runs-data';
import type { ImportFormat, SourceRecord } from '@/lib/open-data/import/types';

/** An import run's id from a form: cuid-like. */
export function readRunId(form: FormData): string | null {
  const v = form.get('id');
  return typeof v === 'string' && /^[a-z0-9]{10,40}$/.test(v) ? v : null;
}

export const today = () => new Date().toISOString().slice(0, 10);

type Upload = { createdById: string; format: ImportFormat; fileName: string; publish: boolean; records: SourceRecord[]; notes: string[]; mappingRunId?: string };

/**
 * The dry run: shown in place when a row is rejected or nothing would
 * change (nothing is kept), otherwise kept and shown on its own page with
 * the button that applies it.
 */
export async function planOrKeep(u: Upload): Promise<ImportFormState> {
  const plan = await planImport(u.records);
  const { create, update, reject } = plan.counts;
  if (u.records.length === 0) return shownPlan(u.notes[0] ?? 'The file holds no listings to import.', [], plan.counts, u.notes);
  if (reject > 0) return shownPlan(`${reject} of ${plan.rows.length} rows cannot be imported, so nothing can be applied. Correct the file and upload it again.`, plan.rows, plan.counts, u.notes);
  if (create + update === 0) return shownPlan('Every listing in the file is already in the directory as it is: nothing to import.', plan.rows, plan.counts, u.notes);
  const payload = { records: u.records, notes: u.notes };
  let id = u.mappingRunId;
  if (id) await markRunReady(id, payload);
  else id = await saveImportRun({ createdById: u.createdById, format: u.format, fileName: u.fileName, publish: u.publish, stage: 'READY', payload });
  redirect(`/staff/import/${id}`);
}
