'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { refusedUpload, shownPlan, type ImportFormState } from '@/lib/open-data/import/form-state';
import { applyImportRun } from '@/lib/open-data/import/runs-data';
import { changeContext } from '@/lib/staff/context';
import { authorizeAction } from '@/lib/staff/guards';
import { readRunId } from './shared';

/** Applies a kept dry run in one transaction: everything, or nothing. */
export async function applyImportAction(_prev: ImportFormState, form: FormData): Promise<ImportFormState> {
  const session = await authorizeAction('import.apply', 'ADMIN');
  const id = readRunId(form);
  if (!id) return refusedUpload('This import was not found. Upload the file again.');
  const result = await applyImportRun(id, await changeContext(session));
  if (result.status === 'refused') return result.plan ? shownPlan(result.message, result.plan.rows, result.plan.counts, []) : refusedUpload(result.message);
  revalidatePath('/staff/listings');
  revalidatePath('/groups', 'layout');
  redirect(`/staff/import/${id}?applied=1`);
}
