// Merging two versions of a listing after a conflict: for each field the
// comparison showed (./compare.ts keys), staff chose their own value or the
// one saved meanwhile. Fields not chosen keep what this editor typed. Pure.
import { text } from '../forms/form-values.ts';
import type { GroupFormValues } from './group-rules.ts';
import type { MeetingFormValues } from './meeting-rules.ts';

export type MergeChoice = 'yours' | 'theirs';
export type MergeChoices = Record<string, MergeChoice>;

/** The form field for a difference's choice: "merge.name", "merge.meetings.<id>.town". */
export const mergeFieldName = (key: string) => `merge.${key}`;

const MAX_CHOICES = 400;

/** The choices a merge post carries; anything but "theirs" counts as keeping one's own. */
export function readMergeChoices(form: FormData): MergeChoices {
  const names = [...new Set(form.keys())].filter((name) => name.startsWith('merge.') && name.length <= 120).slice(0, MAX_CHOICES);
  // fromEntries, not assignment: a field named "merge.__proto__" must stay a plain key.
  return Object.fromEntries(names.map((name) => [name.slice('merge.'.length), text(form, name, 10) === 'theirs' ? 'theirs' : 'yours'] as const));
}

const rowKey = (m: MeetingFormValues, i: number) => m.id || `new-${i}`;

// Where a meeting is placed travels with its coordinates.
const LINKED: Partial<Record<keyof MeetingFormValues, (keyof MeetingFormValues)[]>> = {
  latitude: ['locationSource'],
  longitude: ['locationSource'],
};

function isGroupKey(key: string, values: GroupFormValues): key is Exclude<keyof GroupFormValues, 'meetings'> {
  return key !== 'meetings' && Object.hasOwn(values, key);
}

/** `yours` with every field chosen as "theirs" taken from `theirs`. */
export function applyMerge(yours: GroupFormValues, theirs: GroupFormValues, choices: MergeChoices): GroupFormValues {
  const out: GroupFormValues = { ...yours, meetings: yours.meetings.map((m) => ({ ...m })) };
  const theirRows = new Map(theirs.meetings.filter((m) => m.id).map((m) => [m.id, m]));
  for (const [key, choice] of Object.entries(choices)) {
    if (isGroupKey(key, out) && isGroupKey(key, theirs)) {
      if (choice === 'theirs') Object.assign(out, { [key]: theirs[key] });
      continue;
    }
    const match = /^meetings\.([^.]+)(?:\.(\w+))?$/.exec(key);
    if (!match) continue;
    const [, id = '', field] = match;
    const index = out.meetings.findIndex((m, i) => rowKey(m, i) === id);
    const mine = index >= 0 ? out.meetings[index] : undefined;
    const their = theirRows.get(id);
    if (field) {
      if (choice !== 'theirs' || !mine || !their || !Object.hasOwn(their, field)) continue;
      const f = field as keyof MeetingFormValues;
      for (const k of [f, ...(LINKED[f] ?? [])]) Object.assign(mine, { [k]: their[k] });
    } else if (choice === 'theirs') {
      // The whole meeting as saved now: back if they kept it, gone if they did not.
      if (their && mine) out.meetings[index] = { ...their, remove: false };
      else if (their) out.meetings.push({ ...their, remove: false });
      else if (mine) mine.remove = true;
    } else if (mine && !their && mine.id) {
      // Keeping a meeting they deleted: it is saved again as a new one.
      mine.id = '';
      mine.remove = false;
    }
  }
  return out;
}
