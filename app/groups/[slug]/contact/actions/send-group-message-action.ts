'use server';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { clientLimitKey } from '@/lib/abuse';
import { env } from '@/lib/env';
import type { ContactFormState } from '@/lib/listings/contact-form-state';
import { submitGroupMessage } from '@/lib/listings/contact-submit';
import { readContactValues } from '@/lib/listings/contact-schema';

const FAULT = 'Something went wrong on our side and your message was not sent. What you wrote is still here: please try again in a few minutes';

export async function sendGroupMessageAction(prev: ContactFormState, form: FormData): Promise<ContactFormState> {
  const attempt = prev.attempt + 1;
  let result: Awaited<ReturnType<typeof submitGroupMessage>>;
  try {
    result = await submitGroupMessage(form, { ip: clientLimitKey(await headers()) });
  } catch (err) {
    // The error's name and code only: a database message can quote what was typed.
    const code = typeof err === 'object' && err && 'code' in err ? ` ${String(err.code)}` : '';
    console.error(`[contact] a message could not be queued: ${err instanceof Error ? err.name : 'error'}${code}`);
    return { values: readContactValues(form), fieldErrors: {}, message: `${FAULT}, or call the clearinghouse at ${env().CLEARINGHOUSE_PHONE}.`, attempt };
  }
  const { outcome, values } = result;
  switch (outcome.kind) {
    case 'invalid':
      return { values, fieldErrors: outcome.fieldErrors, message: null, attempt };
    case 'refused':
      return { values, fieldErrors: {}, message: outcome.message, attempt };
    case 'unknown-group':
      notFound();
  }
  redirect(`/groups/${encodeURIComponent(values.group)}/contact/sent`);
}
