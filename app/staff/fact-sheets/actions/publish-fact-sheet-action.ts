'use server';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { setFactSheetStatus } from '@/lib/fact-sheets/staff-data';
import { changeContext } from '@/lib/staff/context';
import { readSheetSlug } from './shared';

export async function publishFactSheetAction(form: FormData): Promise<void> {
  const session = await authorizeAction('fact-sheet.publish');
  const slug = readSheetSlug(form);
  if (!slug) notFound();
  if ((await setFactSheetStatus(slug, 'PUBLISHED', await changeContext(session))) === 'not-found') notFound();
  revalidatePath(`/fact-sheets/${slug}`);
  revalidatePath('/fact-sheets');
  revalidatePath('/staff/fact-sheets');
  redirect(`/staff/fact-sheets/${slug}?done=publish`);
}
