'use server';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { changeContext } from '@/lib/staff/context';
import { MANAGE_MAIL_NEED } from '@/lib/staff/policy';
import { cancelOutboxMessage } from '@/lib/mail/outbox-staff-data';
import { backToOutbox, readMessageId } from './shared';

/** Stops a message for good. */
export async function cancelMailAction(form: FormData): Promise<void> {
  const session = await authorizeAction('mail.cancel', MANAGE_MAIL_NEED);
  const id = readMessageId(form);
  if (!id) notFound();
  const result = await cancelOutboxMessage(id, await changeContext(session));
  if (result.status === 'not-found') notFound();
  revalidatePath('/staff/outbox');
  revalidatePath('/staff');
  redirect(backToOutbox(form, result.status));
}
