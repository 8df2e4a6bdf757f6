'use client';
// Approve, decline (reason required) and correct-the-proposal forms of the
// moderation page; each shows its own refusal message without JavaScript too.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextArea } from '@/components/staff/form-fields';
import { ProposalFields } from '@/components/submissions/proposal-fields';
import { emptyReviewState, type ReviewFormState } from '@/lib/submissions/review-state';
import type { ProposalValues } from '@/lib/validation/submission';

type Action = (prev: ReviewFormState, form: FormData) => Promise<ReviewFormState>;

export function ApproveForm({ action, id, version, label }: { action: Action; id: string; version: number | null; label: string }) {
  const [state, formAction, pending] = useActionState(action, emptyReviewState);
  return (
    <form action={formAction} className="space-y-2">
      {state.message && <ErrorSummary message={state.message} fieldErrors={{}} idOf={(k) => k} />}
      <input type="hidden" name="id" value={id} />
      {version !== null && <input type="hidden" name="version" value={version} />}
      <SubmitButton>{pending ? 'Approving…' : label}</SubmitButton>
    </form>
  );
}

export function DeclineForm({ action, id }: { action: Action; id: string }) {
  const [state, formAction, pending] = useActionState(action, emptyReviewState);
  return (
    <form action={formAction} noValidate className="space-y-2">
      {state.message && <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} idOf={(k) => k} />}
      <input type="hidden" name="id" value={id} />
      <TextArea id="reason" name="reason" label="Reason for declining (sent to the submitter)" required rows={3} defaultValue="" errors={state.fieldErrors.reason} />
      <SubmitButton secondary>{pending ? 'Declining…' : 'Decline'}</SubmitButton>
    </form>
  );
}

export function EditProposalForm({ action, id, values, topics }: { action: Action; id: string; values: ProposalValues; topics: { slug: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(action, { ...emptyReviewState, values });
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state.message && <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} idOf={(k) => k} />}
      <input type="hidden" name="id" value={id} />
      <ProposalFields values={state.values ?? values} errors={state.fieldErrors} topics={topics} />
      <SubmitButton secondary>{pending ? 'Saving…' : 'Save the corrected proposal'}</SubmitButton>
    </form>
  );
}
