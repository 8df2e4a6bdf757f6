'use client';
// The referral page's one form: a note for the team and, if wanted, a new
// status. No status is chosen when it opens ("keep it" is), so saving a note
// never moves the referral. A new status mails the referrer: the first press
// comes back with that exact message, and only "Send the message and change
// the status" (which sends the message's digest) makes the change. Both steps
// are plain server-action forms: they work without JavaScript.
import { useActionState, useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { ErrorText, Hint } from '@/components/ui/field-text';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextArea } from '@/components/ui/text-field';
import { initialReferralWorkState, type ReferralMailToConfirm, type ReferralWorkState } from '@/lib/referrals/work-state';

type Action = (prev: ReferralWorkState, form: FormData) => Promise<ReferralWorkState>;
type Props = { action: Action; id: string; version: string; currentLabel: string; next: { value: string; label: string }[] };

export function ReferralWorkForm({ action, id, version, currentLabel, next }: Props) {
  const [answer, formAction] = useActionState(action, initialReferralWorkState);
  // An answer about an older version of the referral (before the change it led to) is done with.
  const state = answer.version === version ? answer : initialReferralWorkState;
  if (state.confirm) return <ConfirmMail action={formAction} id={id} version={version} note={state.values.note} mail={state.confirm} />;
  const { values, fieldErrors } = state;
  return (
    <form action={formAction} noValidate className="space-y-4" data-testid="referral-work-form">
      {state.message && <ErrorSummary message={state.message} fieldErrors={fieldErrors} targetOf={(k) => (k === 'status' ? 'status-keep' : k)} focusKey={state.message} />}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextArea name="note" label="Note for the team" hint="Staff only: never shown or sent to the referrer." rows={3} defaultValue={values.note} errors={fieldErrors.note} />
      {next.length === 0 ? (
        <p>This referral is closed; its status cannot change. You can still add notes.</p>
      ) : (
        <fieldset aria-describedby={fieldErrors.status ? 'status-hint status-error' : 'status-hint'}>
          <legend className="font-semibold">Status</legend>
          <Hint id="status-hint">Changing the status emails the referrer. You will see the message and confirm it before anything is sent.</Hint>
          <ErrorText id="status-error" messages={fieldErrors.status} />
          <ul className="mt-1 space-y-1">
            <li>
              <label className="inline-flex items-center gap-2">
                <input type="radio" id="status-keep" name="status" value="" defaultChecked={!next.some((s) => s.value === values.status)} className="size-6 shrink-0" />
                Keep it as “{currentLabel}”
              </label>
            </li>
            {next.map((s) => (
              <li key={s.value}>
                <label className="inline-flex items-center gap-2">
                  <input type="radio" name="status" value={s.value} defaultChecked={values.status === s.value} className="size-6 shrink-0" />
                  Move to “{s.label}”
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </form>
  );
}

function ConfirmMail({ action, id, version, note, mail }: { action: (form: FormData) => void; id: string; version: string; note: string; mail: ReferralMailToConfirm }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // With JavaScript the page does not reload: take the reader to the question.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="confirm-mail-heading" className="space-y-3 rounded border-2 border-brand-800 bg-white p-4" data-testid="confirm-mail">
      <h3 id="confirm-mail-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        Send this message to the referrer?
      </h3>
      <p>
        Moving the referral to “{mail.statusLabel}” emails the message below to the referrer. Nothing has changed yet: the status changes and the message is sent
        only when you confirm.
      </p>
      <dl className="grid gap-x-3 sm:grid-cols-[6rem_1fr]">
        <dt className="font-semibold">To</dt>
        <dd className="break-all" data-testid="confirm-mail-to">{mail.to}</dd>
        <dt className="font-semibold">Subject</dt>
        <dd data-testid="confirm-mail-subject">{mail.subject}</dd>
      </dl>
      <pre className="overflow-x-auto whitespace-pre-wrap break-words rounded border border-slate-300 bg-slate-50 p-3 font-sans text-base" data-testid="confirm-mail-text">
        {mail.text}
      </pre>
      {note.trim() && (
        <div>
          <p className="font-semibold">Your note, kept for the team (not sent):</p>
          <p className="whitespace-pre-line" data-testid="confirm-note">{note}</p>
        </div>
      )}
      <form action={action} className="flex flex-wrap gap-3">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="status" value={mail.status} />
        <input type="hidden" name="note" value={note} />
        <input type="hidden" name="confirm" value={mail.digest} />
        <SubmitButton pendingLabel="Sending…" disableWhilePending>
          Send the message and change the status
        </SubmitButton>
        <Button variant="secondary" name="back" value="1">
          Go back
        </Button>
      </form>
    </section>
  );
}
