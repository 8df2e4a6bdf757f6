'use client';
// The listing editor. A client component only for useActionState, which
// also works without JavaScript: the post re-renders the page with the
// returned state (errors, typed values, conflict).
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { GroupFormState } from '@/lib/listings/form-state';
import { isBlankMeetingRow } from '@/lib/listings/meeting-schema';
import { ConflictPanel } from './conflict-panel';
import { GroupFields, type Option } from './group-fields';
import { MeetingFieldset, meetingFieldId } from './meeting-fieldset';

type Props = {
  action: (prev: GroupFormState, form: FormData) => Promise<GroupFormState>;
  initial: GroupFormState;
  groupId: string | null;
  topics: Option[];
  organizations: Option[];
  submitLabel: string;
};

/** "meetings.2.town" → the id of that input. */
function idOf(key: string): string {
  const m = /^meetings\.(\d+)\.(\w+)$/.exec(key);
  return m ? meetingFieldId(Number(m[1]), m[2] ?? '') : key;
}

export function GroupEditorForm({ action, initial, groupId, topics, organizations, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const v = state.values;
  return (
    <form action={formAction} noValidate className="mt-4 space-y-6" aria-busy={pending}>
      {state.conflict && state.message && <ConflictPanel message={state.message} differences={state.conflict} />}
      {!state.conflict && state.message && <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} targetOf={idOf} />}
      {groupId && <input type="hidden" name="id" value={groupId} />}
      {state.version !== null && <input type="hidden" name="version" value={state.version} />}
      <input type="hidden" name="meetingRows" value={v.meetings.length} />
      <GroupFields values={v} errors={state.fieldErrors} topics={topics} organizations={organizations} slugEditable={groupId === null} />
      <section aria-labelledby="meetings-heading" className="space-y-4">
        <h2 id="meetings-heading" className="text-xl font-semibold">
          Meetings
        </h2>
        <p>Fill in an empty meeting to add one; tick “Remove” on a saved one to delete it.</p>
        {v.meetings.map((m, i) => (
          <MeetingFieldset key={i} index={i} values={m} errors={state.fieldErrors} spare={m.id === '' && isBlankMeetingRow(m)} />
        ))}
      </section>
      <p>
        <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
      </p>
    </form>
  );
}
