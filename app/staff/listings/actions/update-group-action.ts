'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { getGroupForEdit, updateGroupWithMeetings } from '@/lib/listings/editor-data';
import { compareGroupValues } from '@/lib/listings/compare';
import { groupToFormValues } from '@/lib/listings/editable';
import { CONFLICT_MESSAGE, INVALID_MESSAGE, type GroupFormState } from '@/lib/listings/form-state';
import { applyMerge, readMergeChoices } from '@/lib/listings/merge';
import { parseGroupForm, readGroupValues, readVersion, type GroupFormValues } from '@/lib/listings/schema';
import { changeContext } from '@/lib/staff/context';
import { comparisonLookups, readGroupId } from './shared';

/**
 * After a conflict the form carries a choice per differing field. Values
 * chosen as "theirs" are taken from the listing as saved now, but only when
 * it is still the version the comparison showed: if it moved on again, the
 * save below meets a new conflict and a new comparison.
 */
async function mergedValues(form: FormData, id: string, version: number, values: GroupFormValues): Promise<GroupFormValues> {
  const choices = readMergeChoices(form);
  if (!Object.values(choices).includes('theirs')) return values;
  const current = await getGroupForEdit(id);
  if (!current || current.version !== version) return values;
  return applyMerge(values, groupToFormValues(current), choices);
}

export async function updateGroupAction(prev: GroupFormState, form: FormData): Promise<GroupFormState> {
  const session = await authorizeAction('group.update');
  const id = readGroupId(form);
  const version = readVersion(form);
  const typed = readGroupValues(form);
  const values = id && version !== null ? await mergedValues(form, id, version, typed) : typed;
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
  // The one save every listing edit goes through (caching hooks belong after it).
  const result = await updateGroupWithMeetings(id, parsed.data, version, await changeContext(session));
  if (result.status === 'invalid') return invalid(result.fieldErrors);
  if (result.status === 'not-found') return invalid({}, 'This listing no longer exists.');
  if (result.status === 'conflict') {
    // Nothing was written. The editor keeps their input and sees both
    // versions side by side, choosing per field which to keep; saving again
    // (now against their version) applies those choices.
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
