'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { createGroupWithMeetings } from '@/lib/listings/editor-data';
import { INVALID_MESSAGE, type GroupFormState } from '@/lib/listings/form-state';
import { parseGroupForm, readGroupValues } from '@/lib/listings/schema';
import { changeContext } from '@/lib/staff/context';

export async function createGroupAction(_prev: GroupFormState, form: FormData): Promise<GroupFormState> {
  const session = await authorizeAction('group.create');
  const values = readGroupValues(form);
  const parsed = parseGroupForm(values);
  if (!parsed.success) return { values, fieldErrors: parsed.fieldErrors, message: INVALID_MESSAGE, version: null, conflict: null };
  const result = await createGroupWithMeetings(parsed.data, await changeContext(session));
  if (result.status !== 'saved') {
    const fieldErrors = result.status === 'invalid' ? result.fieldErrors : {};
    return { values, fieldErrors, message: INVALID_MESSAGE, version: null, conflict: null };
  }
  revalidatePath('/staff/listings');
  redirect(`/staff/listings/${result.id}?saved=created`);
}
