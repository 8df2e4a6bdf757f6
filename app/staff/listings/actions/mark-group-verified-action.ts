'use server';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { markGroupVerified } from '@/lib/listings/status-data';
import type { CheckedState } from '@/lib/listings/form-state';
import { readVersion } from '@/lib/listings/schema';
import { changeContext } from '@/lib/staff/context';
import { readGroupId } from './shared';

/**
 * "Mark as checked today": one click from the editor, audited. It answers
 * instead of redirecting, so whatever is typed in the editor stays; the
 * editor's form moves on to the new version only when nothing else was
 * saved in between (formVersion is the version the form was at).
 */
export async function markGroupVerifiedAction(_prev: CheckedState, form: FormData): Promise<CheckedState> {
  const session = await authorizeAction('group.verify');
  const id = readGroupId(form);
  if (!id) notFound();
  const result = await markGroupVerified(id, await changeContext(session));
  if (result.status === 'not-found') notFound();
  revalidatePath('/staff/listings');
  revalidatePath(`/groups/${result.slug}`);
  return {
    checkedAt: result.checkedAt.toISOString(),
    checkedBy: session.name,
    version: result.version,
    formVersion: readVersion(form),
    message: 'Marked as checked today.',
  };
}
