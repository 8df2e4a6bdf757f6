'use client';
// The referral form. A plain <form action> posting to the server action, so
// it works without JavaScript; with it, the shared zod schema checks the
// form before sending and the page does not reload. Refused attempts come
// back with every value as typed.
import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react';
import Link from 'next/link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { ErrorText } from '@/components/ui/field-text';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextArea } from '@/components/ui/text-field';
import type { FieldErrors } from '@/lib/forms/field-errors';
import type { ReferralFormState } from '@/lib/referrals/form-state';
import { FIELD_ORDER, parseReferral, valuesFromFormData } from '@/lib/referrals/schema';
import { anchorFor, REFERRAL_FIELD as F, referralIds } from './field-ids';
import { ClientFields, ReferrerFields } from './person-fields';
import { ReadinessFields } from './readiness-fields';
import { ReferralSent } from './referral-sent';
import { TargetFields } from './target-fields';

type Props = {
  /** The page's server action (app/refer/actions.ts). */
  action: (state: ReferralFormState, form: FormData) => Promise<ReferralFormState>;
  initialState: ReferralFormState;
  group: { slug: string; name: string } | null;
  topics: { slug: string; name: string }[];
  /**
   * The page's heading and introduction, shown while the form is being
   * filled in. Given, the confirmation replaces them and becomes the page's
   * own heading; without it the confirmation sits under the page's heading.
   */
  header?: ReactNode;
};

export function ReferralForm({ action, initialState, group, topics, header }: Props) {
  const [state, formAction] = useActionState(action, initialState);
  const [checked, setChecked] = useState<{ fieldErrors: FieldErrors; crisis: boolean; count: number } | null>(null);
  const keyInput = useRef<HTMLInputElement>(null);
  // A form restored by Back/Forward carries the key of a referral already
  // sent; a fresh key per mounted blank form keeps a new referral from being
  // taken for a resubmission. Refused attempts keep theirs.
  const fresh = state.status === 'editing' && state.attempt === 0;
  useEffect(() => {
    if (fresh && keyInput.current) keyInput.current.value = crypto.randomUUID();
  }, [fresh]);

  if (state.status === 'sent') return <ReferralSent reference={state.reference} statusUrl={state.statusUrl} headingLevel={header ? 1 : 2} />;

  const v = state.values;
  const errors = checked?.fieldErrors ?? state.fieldErrors;
  const crisis = checked?.crisis ?? state.crisis;
  const consent = referralIds('consent');
  // A blank form takes no focus; every refused attempt (server or browser) does.
  const attempt = `${state.attempt}-${checked?.count ?? 0}`;
  return (
    <>
      {header}
      <form
        id="referral-form"
        action={formAction}
        noValidate
        // The form is keyed to the answer, so refused values become the new defaults.
        key={state.attempt}
        onSubmit={(e) => {
          const r = parseReferral(valuesFromFormData(new FormData(e.currentTarget)));
          if (r.ok) {
            setChecked(null);
            return;
          }
          e.preventDefault();
          setChecked({ fieldErrors: r.fieldErrors, crisis: r.crisis, count: (checked?.count ?? 0) + 1 });
        }}
      >
        <ErrorSummary
          density="roomy"
          heading={FIELD_ORDER.some((f) => errors[f]) ? 'There is a problem' : 'The referral was not sent'}
          message={checked ? null : state.message}
          fieldErrors={errors}
          order={FIELD_ORDER}
          targetOf={anchorFor}
          focusKey={attempt === '0-0' ? null : attempt}
        />
        <input ref={keyInput} type="hidden" name="idempotencyKey" defaultValue={v.idempotencyKey} />
        <div className="sr-only">
          <label htmlFor="f-website">Leave this empty</label>
          <input type="text" id="f-website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <TargetFields values={v} errors={errors} group={group} topics={topics} />
        <ReferrerFields values={v} errors={errors} />
        <ClientFields values={v} errors={errors} />
        <ReadinessFields selected={v.readiness} errors={errors} serverCrisis={crisis} />
        <fieldset className="mt-8">
          <legend className="text-xl font-semibold">Consent and notes</legend>
          <div className="mt-3 flex items-start gap-2">
            <input
              type="checkbox"
              id={consent.input}
              name="consent"
              defaultChecked={v.consent}
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={errors.consent ? consent.error : undefined}
              className="size-6 shrink-0"
            />
            <label htmlFor={consent.input}>
              My client agreed to this referral and to these details being kept as described in{' '}
              <Link href="/refer/privacy">how we handle referral details</Link>.
            </label>
          </div>
          <ErrorText id={consent.error} messages={errors.consent} density="roomy" />
          <TextArea
            {...F}
            name="notes"
            label="Anything else we should know?"
            optional
            rows={4}
            autoComplete="off"
            hint="Up to 2,000 characters. Please leave out diagnoses and other details we do not need."
            errors={errors.notes}
            defaultValue={v.notes}
          />
        </fieldset>
        <SubmitButton size="large" className="mt-8" pendingLabel="Sending…" disableWhilePending>
          Send referral
        </SubmitButton>
      </form>
    </>
  );
}
