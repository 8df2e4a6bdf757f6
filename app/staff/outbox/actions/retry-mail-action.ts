'use server';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { changeContext } from '@/lib/staff/context';
import { MANAGE_MAIL_NEED } from '@/lib/staff/policy';
import { retryOutboxMessage } from '@/lib/mail/outbox-staff-data';
import { backToOutbox, readMessageId } from './shared';

/** Tries a message again now; the page then says what the server answered. */
export async function retryMailAction(form: FormData): Promise<void> {
  const session = await authorizeAction('mail.retry', MANAGE_MAIL_NEED);
  const id = readMessageId(form);
  if (!id) notFound();
  const result = await retryOutboxMessage(id, await changeContext(session));
  if (result.status === 'not-found') notFound();
  revalidatePath('/staff/outbox');
  revalidatePath('/staff');
  redirect(backToOutbox(form, result.status === 'not-retryable' ? 'not-retryable' : `retry-${result.status}`));
}
