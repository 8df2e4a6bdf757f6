'use server';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { restoreFactSheetRevision } from '@/lib/fact-sheets/staff-data';
import { changeContext } from '@/lib/staff/context';
import { readSheetSlug } from './shared';

export async function restoreFactSheetRevisionAction(form: FormData): Promise<void> {
  const session = await authorizeAction('fact-sheet.restore');
  const slug = readSheetSlug(form);
  const revisionId = form.get('revisionId');
  if (!slug || typeof revisionId !== 'string' || revisionId.length > 40) notFound();
  const result = await restoreFactSheetRevision(slug, revisionId, await changeContext(session));
  if (result.status !== 'saved') notFound();
  revalidatePath(`/fact-sheets/${slug}`);
  revalidatePath('/staff/fact-sheets');
  redirect(`/staff/fact-sheets/${slug}/revisions?done=restored`);
}
