'use client';
// One form for every sign-in and account step. A client component only for
// useActionState, which also works without JavaScript: the post re-renders
// the page with the returned errors. Fields are plain data so server pages
// can describe them.
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { fieldIds } from '@/lib/forms/field-ids';
import { emptyFormState, type AuthFormState } from '@/lib/staff/form-state';
import { RecoveryCodes } from './recovery-codes';

export type AuthField = {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  hint?: string;
  inputMode?: 'numeric';
  defaultValue?: string;
  options?: readonly { value: string; label: string }[];
};

type Props = {
  action: (prev: AuthFormState, form: FormData) => Promise<AuthFormState>;
  /** Keeps the ids of two forms on one page apart ("password-current"). */
  idPrefix: string;
  fields: readonly AuthField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  secondary?: boolean;
  /** Shown instead of the form once the action reports done. */
  doneMessage?: string;
  doneLink?: { href: string; label: string };
};

export function AuthForm({ action, idPrefix, fields, hidden, submitLabel, secondary, doneMessage, doneLink }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  if (state.done) {
    return (
      <div className="mt-4 space-y-4">
        {doneMessage && (
          <p role="status" className="rounded border-2 border-brand-700 bg-brand-50 p-4 font-semibold">
            {doneMessage}
          </p>
        )}
        {state.codes && <RecoveryCodes codes={state.codes} />}
        {state.handOver && (
          <div className="rounded border-2 border-amber-600 bg-amber-50 p-4">
            <p className="font-semibold">No mail server is set up, so this link was not emailed. Pass it on yourself; it is shown only this once:</p>
            <p className="mt-2 break-all font-mono" data-testid="hand-over-link">
              {state.handOver}
            </p>
          </div>
        )}
        {doneLink && (
          <p>
            <a href={doneLink.href} className="font-semibold">
              {doneLink.label}
            </a>
          </p>
        )}
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="mt-4 max-w-md space-y-4" aria-busy={pending}>
      {state.message && <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} targetOf={(name) => fieldIds(name, idPrefix).input} />}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) =>
        f.options ? (
          <SelectField
            key={f.name}
            idPrefix={idPrefix}
            name={f.name}
            label={f.label}
            hint={f.hint}
            options={f.options}
            defaultValue={state.values[f.name] ?? f.defaultValue ?? f.options[0]?.value ?? ''}
            errors={state.fieldErrors[f.name]}
          />
        ) : (
          <TextField
            key={f.name}
            idPrefix={idPrefix}
            name={f.name}
            label={f.label}
            type={f.type}
            hint={f.hint}
            inputMode={f.inputMode}
            autoComplete={f.autoComplete}
            // Passwords are never sent back to be refilled.
            defaultValue={f.type === 'password' ? '' : (state.values[f.name] ?? f.defaultValue ?? '')}
            errors={state.fieldErrors[f.name]}
          />
        ),
      )}
      <SubmitButton variant={secondary ? 'secondary' : 'primary'} pendingLabel="Please wait…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
