'use client';
// One decision on a proposal: the changed fields first (each with an
// "Accept" box when part of it may be taken), the unchanged ones folded
// away, then "Accept all changes" or "Accept only the ticked changes" with
// the reason the rest were not. Without JavaScript it is a plain form post.
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextArea } from '@/components/ui/text-field';
import { emptyReviewState, type DecisionFormState } from '@/lib/submissions/review-state';
import type { ChangeRow } from './change-words';
import { ProposalComparison } from './proposal-comparison';

type Props = {
  action: (prev: DecisionFormState, form: FormData) => Promise<DecisionFormState>;
  id: string;
  version: number | null;
  changed: ChangeRow[];
  unchanged: ChangeRow[];
  /** Corrections may be accepted in part; a new group is accepted whole. */
  perField: boolean;
  currentLabel: string;
};

export function DecideForm({ action, id, version, changed, unchanged, perField, currentLabel }: Props) {
  const [state, formAction] = useActionState(action, emptyReviewState);
  const inPart = perField && changed.length > 1;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state.message && <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />}
      <input type="hidden" name="id" value={id} />
      {version !== null && <input type="hidden" name="version" value={version} />}
      <h3 className="text-lg font-semibold">
        {changed.length === 1 ? 'One change' : `${changed.length} changes`}
      </h3>
      {changed.length === 0 ? (
        <p>The proposal changes nothing in the listing.</p>
      ) : (
        <div id="accept" tabIndex={-1}>
          {inPart && <p className="mb-2">Tick the changes to accept, or accept them all.</p>}
          {state.fieldErrors.accept && <p className="mb-2 font-semibold text-red-800">{state.fieldErrors.accept.join(' ')}</p>}
          <ProposalComparison rows={changed} currentLabel={currentLabel} caption="What the proposal changes, field by field" testId="proposal-comparison" accept={inPart ? { checked: state.values?.accept ?? [] } : undefined} />
        </div>
      )}
      {unchanged.length > 0 && (
        <details className="rounded border border-slate-300 p-3">
          <summary className="cursor-pointer font-semibold">Fields the proposal leaves as they are ({unchanged.length})</summary>
          <div className="mt-3">
            <ProposalComparison rows={unchanged} currentLabel={currentLabel} caption="Fields the proposal does not change" testId="unchanged-fields" />
          </div>
        </details>
      )}
      {inPart && (
        <TextArea
          name="reason"
          label="Why the changes you did not tick were not accepted"
          hint="Sent to the person who proposed them, with the list of what was accepted. Needed only when you accept part of the proposal."
          rows={3}
          defaultValue={state.values?.reason ?? ''}
          errors={state.fieldErrors.reason}
        />
      )}
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="decision" value="all" pendingLabel="Accepting…">
          {changed.length === 0 ? 'Accept' : 'Accept all changes'}
        </SubmitButton>
        {inPart && (
          <SubmitButton name="decision" value="ticked" variant="secondary" pendingLabel="Accepting…">
            Accept only the ticked changes
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
