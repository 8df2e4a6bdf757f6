'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { updateGroupWithMeetings } from '@/lib/listings/editor-data';
import { compareGroupValues } from '@/lib/listings/compare';
import { groupToFormValues } from '@/lib/listings/editable';
import { CONFLICT_MESSAGE, INVALID_MESSAGE, type GroupFormState } from '@/lib/listings/form-state';
import { parseGroupForm, readGroupValues, readVersion } from '@/lib/listings/schema';
import { changeContext } from '@/lib/staff/context';
import { comparisonLookups, readGroupId } from './shared';

export async function updateGroupAction(prev: GroupFormState, form: FormData): Promise<GroupFormState> {
  const session = await authorizeAction('group.update');
  const values = readGroupValues(form);
  const id = readGroupId(form);
  const version = readVersion(form);
  const invalid = (fieldErrors: GroupFormState['fieldErrors'], message = INVALID_MESSAGE): GroupFormState => ({
    values,
    fieldErrors,
    message,
    version: version ?? prev.version,
    conflict: null,
  });
  if (!id || version === null) return invalid({}, 'This form is out of date. Reload the listing and try again.');
  const parsed = parseGroupForm(values);
  if (!parsed.success) return invalid(parsed.fieldErrors);
  const result = await updateGroupWithMeetings(id, parsed.data, version, await changeContext(session));
  if (result.status === 'invalid') return invalid(result.fieldErrors);
  if (result.status === 'not-found') return invalid({}, 'This listing no longer exists.');
  if (result.status === 'conflict') {
    // Nothing was written. The editor keeps their input and sees both
    // versions; saving again (now against their version) is a deliberate
    // choice to replace theirs.
    const theirs = groupToFormValues(result.current);
    return {
      values,
      fieldErrors: {},
      message: CONFLICT_MESSAGE,
      version: result.current.version,
      conflict: compareGroupValues(theirs, values, await comparisonLookups()),
    };
  }
  revalidatePath('/staff/listings');
  revalidatePath(`/groups/${result.slug}`);
  redirect(`/staff/listings/${id}?saved=1&v=${result.version}`);
}
