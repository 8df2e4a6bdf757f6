'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextArea, TextField } from '@/components/ui/text-field';
import type { TopicFormState } from '@/lib/listings/topic-schema';

type Props = { action: (prev: TopicFormState, form: FormData) => Promise<TopicFormState>; initial: TopicFormState; creating: boolean };

export function TopicForm({ action, initial, creating }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="mt-4 max-w-2xl space-y-4" aria-busy={pending}>
      {state.message && <ErrorSummary message={state.message} fieldErrors={e} />}
      {creating ? (
        <TextField name="slug" label="Web address" required hint="Lower-case words joined by hyphens, e.g. chronic-pain. It cannot change later." defaultValue={v.slug} errors={e.slug} />
      ) : (
        <input type="hidden" name="slug" value={v.slug} />
      )}
      <TextField name="name" label="Name" required defaultValue={v.name} errors={e.name} />
      <TextArea name="description" label="Description" required rows={3} defaultValue={v.description} errors={e.description} />
      <TextArea name="keywords" label="Keywords and synonyms" rows={6} hint="One per line or separated by commas: the everyday words people search with. Groups on this topic are re-indexed when you save." defaultValue={v.keywords} errors={e.keywords} />
      <SubmitButton pendingLabel="Saving…">{creating ? 'Create the topic' : 'Save the topic'}</SubmitButton>
    </form>
  );
}
