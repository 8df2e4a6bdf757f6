'use client';
// "Mark as dealt with" (problem reports), decline (reason required) and
// correct-the-proposal forms of the moderation page (deciding on a proposal
// is ./decide-form.tsx); each shows its own refusal message without JavaScript too.
import { useActionState } from 'react';
import { ProposalFields } from '@/components/submissions/proposal-fields';
import { proposalErrorTarget } from '@/components/submissions/proposal-meeting-fieldset';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextArea } from '@/components/ui/text-field';
import { emptyReviewState, type DecisionFormState, type ReviewFormState } from '@/lib/submissions/review-state';
import type { ProposalValues } from '@/lib/submissions/schema';

type Action = (prev: ReviewFormState, form: FormData) => Promise<ReviewFormState>;

export function DealtWithForm({ action, id }: { action: (prev: DecisionFormState, form: FormData) => Promise<DecisionFormState>; id: string }) {
  const [state, formAction] = useActionState(action, emptyReviewState);
  return (
    <form action={formAction} className="space-y-2">
      {state.message && <ErrorSummary message={state.message} fieldErrors={{}} />}
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingLabel="Saving…">Mark as dealt with</SubmitButton>
    </form>
  );
}

export function DeclineForm({ action, id, label }: { action: (prev: DecisionFormState, form: FormData) => Promise<DecisionFormState>; id: string; label: string }) {
  const [state, formAction] = useActionState(action, emptyReviewState);
  return (
    <form action={formAction} noValidate className="space-y-2">
      {state.message && <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} targetOf={(k) => (k === 'reason' ? 'decline-reason' : k)} />}
      <input type="hidden" name="id" value={id} />
      <TextArea idPrefix="decline" name="reason" label="Reason (sent to the person who sent it)" required rows={3} defaultValue={state.values?.reason ?? ''} errors={state.fieldErrors.reason} />
      <SubmitButton variant="secondary" pendingLabel="Declining…">
        {label}
      </SubmitButton>
    </form>
  );
}

export function EditProposalForm({ action, id, values, topics }: { action: Action; id: string; values: ProposalValues; topics: { slug: string; name: string }[] }) {
  const [state, formAction] = useActionState(action, { ...emptyReviewState, values });
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state.message && <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} targetOf={proposalErrorTarget} />}
      <input type="hidden" name="id" value={id} />
      <ProposalFields values={state.values ?? values} errors={state.fieldErrors} topics={topics} />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save the corrected proposal
      </SubmitButton>
    </form>
  );
}
