'use client';
// "Contact this group". A plain <form> posting to the server action, so it
// works without JavaScript; with it, the page does not reload. A refused
// post comes back with what was typed and every problem listed at once.
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextArea, TextField } from '@/components/ui/text-field';
import type { ContactFormState } from '@/lib/listings/contact-form-state';
import { CONTACT_FIELDS, CONTACT_LIMITS } from '@/lib/listings/contact-schema';

type Props = {
  action: (prev: ContactFormState, form: FormData) => Promise<ContactFormState>;
  initial: ContactFormState;
};

export function ContactForm({ action, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="mt-4 max-w-xl" aria-busy={pending} key={state.attempt} data-testid="contact-form">
      <ErrorSummary
        density="roomy"
        heading={CONTACT_FIELDS.some((f) => e[f]?.length) ? 'Please check what you wrote' : 'The message was not sent'}
        message={state.message}
        fieldErrors={e}
        order={CONTACT_FIELDS}
        focusKey={state.attempt === 0 ? null : String(state.attempt)}
      />
      <input type="hidden" name="group" value={v.group} />
      {/* Honeypot: hidden from people and from assistive technology. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="homepage">Leave this empty</label>
        <input id="homepage" name="homepage" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <TextField density="roomy" name="name" label="Your name" hint="A first name is enough." required autoComplete="name" defaultValue={v.name} errors={e.name} />
      <TextField
        density="roomy"
        name="replyEmail"
        label="Your email"
        hint="The group replies here. We never show it on the website."
        type="email"
        required
        autoComplete="email"
        defaultValue={v.replyEmail}
        errors={e.replyEmail}
      />
      <TextArea
        density="roomy"
        name="message"
        label="Your message"
        hint={`For example, ask when you can first come or what to expect. Up to ${CONTACT_LIMITS.message.toLocaleString('en-CA')} characters.`}
        required
        rows={6}
        defaultValue={v.message}
        errors={e.message}
      />
      <SubmitButton size="large" className="mt-6 min-h-11" pendingLabel="Sending…" disableWhilePending>
        Send the message
      </SubmitButton>
    </form>
  );
}
