'use client';
// Approve, decline (reason required) and correct-the-proposal forms of the
// moderation page; each shows its own refusal message without JavaScript too.
import { useActionState } from 'react';
import { ProposalFields } from '@/components/submissions/proposal-fields';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextArea } from '@/components/ui/text-field';
import { emptyReviewState, type ReviewFormState } from '@/lib/submissions/review-state';
import type { ProposalValues } from '@/lib/submissions/schema';

type Action = (prev: ReviewFormState, form: FormData) => Promise<ReviewFormState>;

export function ApproveForm({ action, id, version, label }: { action: Action; id: string; version: number | null; label: string }) {
  const [state, formAction] = useActionState(action, emptyReviewState);
  return (
    <form action={formAction} className="space-y-2">
      {state.message && <ErrorSummary message={state.message} fieldErrors={{}} />}
      <input type="hidden" name="id" value={id} />
      {version !== null && <input type="hidden" name="version" value={version} />}
      <SubmitButton pendingLabel="Approving…">{label}</SubmitButton>
    </form>
  );
}

export function DeclineForm({ action, id }: { action: Action; id: string }) {
  const [state, formAction] = useActionState(action, emptyReviewState);
  return (
    <form action={formAction} noValidate className="space-y-2">
      {state.message && <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />}
      <input type="hidden" name="id" value={id} />
      <TextArea name="reason" label="Reason for declining (sent to the submitter)" required rows={3} defaultValue="" errors={state.fieldErrors.reason} />
      <SubmitButton variant="secondary" pendingLabel="Declining…">
        Decline
      </SubmitButton>
    </form>
  );
}

export function EditProposalForm({ action, id, values, topics }: { action: Action; id: string; values: ProposalValues; topics: { slug: string; name: string }[] }) {
  const [state, formAction] = useActionState(action, { ...emptyReviewState, values });
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state.message && <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />}
      <input type="hidden" name="id" value={id} />
      <ProposalFields values={state.values ?? values} errors={state.fieldErrors} topics={topics} />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save the corrected proposal
      </SubmitButton>
    </form>
  );
}
