'use server';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { markGroupVerified } from '@/lib/listings/status-data';
import { changeContext } from '@/lib/staff/context';
import { readGroupId } from './shared';

export async function markGroupVerifiedAction(form: FormData): Promise<void> {
  const session = await authorizeAction('group.verify');
  const id = readGroupId(form);
  if (!id) notFound();
  const result = await markGroupVerified(id, await changeContext(session));
  if (result.status === 'not-found') notFound();
  revalidatePath('/staff/listings');
  revalidatePath(`/groups/${result.slug}`);
  redirect(`/staff/listings/${id}?done=verified&v=${result.version}`);
}
