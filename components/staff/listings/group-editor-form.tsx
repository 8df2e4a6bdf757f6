'use client';
// The listing editor: one form in sections with a save bar that stays in
// view. useActionState also works without JavaScript (the post re-renders
// the page with the returned state: messages, typed values, conflict).
// With JavaScript it adds: messages as each field is left (the save's own
// rules, lib/listings/field-check.ts), meetings added and removed with undo,
// a warning before leaving unsaved changes, and "Mark as checked today"
// without a reload.
import { useActionState, useRef, useState, useSyncExternalStore, type FocusEvent } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { fieldMessages } from '@/lib/listings/field-check';
import { initialCheckedState, type CheckedState, type GroupFormState } from '@/lib/listings/form-state';
import { readGroupValues } from '@/lib/listings/group-rules';
import { ConflictPanel } from './conflict-panel';
import { AboutFields, AccessFields, ContactFields, SectionNav, SECTIONS, type Option } from './editor-sections';
import { MeetingsSection } from './meetings-section';
import { meetingFieldId } from './meeting-fieldset';
import { useUnsavedChanges } from './use-unsaved-changes';
import { CHECK_FORM_ID, VerificationSection } from './verification-section';

type Props = {
  action: (prev: GroupFormState, form: FormData) => Promise<GroupFormState>;
  initial: GroupFormState;
  groupId: string | null;
  topics: Option[];
  organizations: Option[];
  languages: Option[];
  timeZones: Option[];
  today: string;
  submitLabel: string;
  /** An existing listing: when it was last checked, and the action that marks it checked today. */
  verification?: { lastChecked: string; action: (prev: CheckedState, form: FormData) => Promise<CheckedState> };
};

/** "meetings.2.town" → the id of that input. */
function idOf(key: string): string {
  const m = /^meetings\.(\d+)\.(\w+)$/.exec(key);
  return m ? meetingFieldId(Number(m[1]), m[2] ?? '') : key;
}

const subscribe = () => () => {};
/** False while the server's HTML is hydrated, true after: the enhancements switch on then. */
const useEnhanced = () => useSyncExternalStore(subscribe, () => true, () => false);

const noCheck = async (prev: CheckedState) => prev;

export function GroupEditorForm({ action, initial, groupId, topics, organizations, languages, timeZones, today, submitLabel, verification }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [checked, checkAction, checking] = useActionState(verification?.action ?? noCheck, initialCheckedState);
  const formRef = useRef<HTMLFormElement>(null);
  const enhanced = useEnhanced();
  const dirty = useUnsavedChanges(formRef, enhanced);
  // Messages found as fields are left, for the state they were found in (a new save result starts afresh).
  const [live, setLive] = useState<{ of: GroupFormState; errors: Record<string, string[] | null> }>({ of: initial, errors: {} });

  // After "Mark as checked today" the form saves against the checked version, unless something else was saved first.
  const version = checked.version !== null && checked.formVersion === state.version ? checked.version : state.version;
  const errors: FieldErrors = { ...state.fieldErrors };
  if (live.of === state) {
    for (const [key, messages] of Object.entries(live.errors)) {
      if (messages) errors[key] = messages;
      else delete errors[key];
    }
  }

  const onBlur = (e: FocusEvent<HTMLFormElement>) => {
    const target: EventTarget = e.target;
    const name = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement ? target.name : '';
    if (!name || name.startsWith('merge.') || !formRef.current) return;
    const messages = fieldMessages(readGroupValues(new FormData(formRef.current)), name);
    setLive((prev) => ({ of: state, errors: { ...(prev.of === state ? prev.errors : {}), [name]: messages } }));
  };

  const v = state.values;
  const sectionIds = SECTIONS.map((s) => s.id).filter((id) => id !== 'verification' || verification);
  const lastChecked = checked.checkedAt ? `Today${checked.checkedBy ? ` by ${checked.checkedBy}` : ''}` : (verification?.lastChecked ?? '');
  return (
    <>
      <SectionNav ids={sectionIds} />
      <form ref={formRef} action={formAction} noValidate onBlur={onBlur} className="mt-4 space-y-6" aria-busy={pending}>
        {state.conflict && state.message && <ConflictPanel message={state.message} differences={state.conflict} />}
        {!state.conflict && state.message && <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} targetOf={idOf} />}
        {groupId && <input type="hidden" name="id" value={groupId} />}
        {version !== null && <input type="hidden" name="version" value={version} />}
        <AboutFields values={v} errors={errors} topics={topics} languages={languages} slugEditable={groupId === null} />
        <ContactFields values={v} errors={errors} organizations={organizations} />
        <MeetingsSection meetings={v.meetings} errors={errors} timeZones={timeZones} today={today} enhanced={enhanced} />
        <AccessFields values={v} errors={errors} />
        {verification && <VerificationSection lastChecked={lastChecked} message={checked.message} pending={checking} />}
        <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-x-4 gap-y-2 border-t-2 border-brand-800 bg-white py-3" data-testid="save-bar">
          <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
          <p aria-live="polite" data-testid="save-state">
            {enhanced ? (dirty ? 'You have unsaved changes.' : 'No unsaved changes.') : ''}
          </p>
        </div>
      </form>
      {verification && groupId && (
        <form id={CHECK_FORM_ID} action={checkAction}>
          <input type="hidden" name="id" value={groupId} />
          {version !== null && <input type="hidden" name="version" value={version} />}
        </form>
      )}
    </>
  );
}
