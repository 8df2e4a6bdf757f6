'use client';
// The public form. useActionState keeps what was typed when something needs
// fixing; without JavaScript the post re-renders the page the same way.
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextArea, TextField } from '@/components/ui/text-field';
import type { SubmissionFormState } from '@/lib/submissions/form-state';
import { ProposalFields } from './proposal-fields';
import { proposalErrorTarget } from './proposal-meeting-fieldset';

type Props = {
  action: (prev: SubmissionFormState, form: FormData) => Promise<SubmissionFormState>;
  initial: SubmissionFormState;
  topics: { slug: string; name: string }[];
};

export function ListYourGroupForm({ action, initial, topics }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const v = state.values;
  const e = state.fieldErrors;
  const problem = v.kind === 'PROBLEM_REPORT';
  return (
    <form action={formAction} noValidate className="mt-6 max-w-3xl space-y-6" aria-busy={pending}>
      {state.message && <ErrorSummary message={state.message} fieldErrors={e} targetOf={proposalErrorTarget} />}
      <input type="hidden" name="kind" value={v.kind} />
      <input type="hidden" name="group" value={v.groupSlug} />
      <input type="hidden" name="idempotencyKey" value={v.idempotencyKey} />
      {/* Honeypot: hidden from people and from assistive technology. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="homepage">Leave this empty</label>
        <input id="homepage" name="homepage" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {!problem && <ProposalFields values={v.proposal} errors={e} topics={topics} />}
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">About you</legend>
        <p>We use these only to tell you what happened; they are never published.</p>
        <TextField name="submitterName" label="Your name" required autoComplete="name" defaultValue={v.submitterName} errors={e.submitterName} />
        <TextField name="submitterEmail" label="Your email" type="email" required autoComplete="email" defaultValue={v.submitterEmail} errors={e.submitterEmail} />
        <TextArea
          name="message"
          label={problem ? 'What is wrong with the listing?' : 'Anything else we should know? (optional)'}
          required={problem}
          rows={5}
          defaultValue={v.message}
          errors={e.message}
        />
      </fieldset>
      <p>
        <SubmitButton pendingLabel="Sending…">{problem ? 'Send the report' : 'Send it to the clearinghouse'}</SubmitButton>
      </p>
    </form>
  );
}
