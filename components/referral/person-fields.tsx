// "About you" and "About your client".
import { CONTACT_METHODS, type FieldErrors, type ReferralFormValues } from '@/lib/validation/referral';
import type { ClientContactMethod } from '@/lib/generated/prisma/enums';
import { describedBy, ErrorText, fieldId, TextField } from './field';

type Props = { values: ReferralFormValues; errors: FieldErrors };

const METHOD_LABELS: Record<ClientContactMethod, string> = {
  PHONE: 'Phone call',
  TEXT: 'Text message',
  EMAIL: 'Email',
  CLIENT_WILL_CALL: 'The client will get in touch with us themselves',
  CONTACT_REFERRER: 'Contact me, not the client',
};

const legend = 'text-xl font-semibold';

export function ReferrerFields({ values: v, errors: e }: Props) {
  return (
    <fieldset className="mt-6">
      <legend className={legend}>About you</legend>
      <TextField name="referrerName" label="Your name" error={e.referrerName} defaultValue={v.referrerName} autoComplete="name" />
      <TextField name="referrerRole" label="Your role or profession" hint="For example: family physician, social worker, counsellor." error={e.referrerRole} defaultValue={v.referrerRole} autoComplete="organization-title" />
      <TextField name="referrerOrganisation" label="Organisation" error={e.referrerOrganisation} defaultValue={v.referrerOrganisation} autoComplete="organization" />
      <TextField name="referrerEmail" label="Work email" type="email" hint="We send the reference and updates here." error={e.referrerEmail} defaultValue={v.referrerEmail} autoComplete="email" />
      <TextField name="referrerPhone" label="Work phone" optional type="tel" error={e.referrerPhone} defaultValue={v.referrerPhone} autoComplete="tel" />
    </fieldset>
  );
}

export function ClientFields({ values: v, errors: e }: Props) {
  const methodError = e.clientContactMethod;
  return (
    <fieldset className="mt-8">
      <legend className={legend}>About your client</legend>
      <p className="mt-1 text-slate-700">We ask only what we need to reach them. These details are encrypted and deleted after the referral closes.</p>
      <TextField
        name="clientName"
        label="Client's first name or initials"
        hint='Not their full name: for example "Sam" or "S. K.".'
        error={e.clientName}
        defaultValue={v.clientName}
      />
      <fieldset
        role="radiogroup"
        className="mt-4"
        aria-invalid={methodError ? true : undefined}
        aria-describedby={describedBy('clientContactMethod', false, Boolean(methodError))}
      >
        <legend className="font-medium">How should we reach them?</legend>
        <ErrorText name="clientContactMethod" error={methodError} />
        <div className="mt-1 space-y-1">
          {CONTACT_METHODS.map((m) => (
            <div key={m} className="flex items-start gap-2">
              <input
                type="radio"
                id={fieldId(`clientContactMethod-${m}`)}
                name="clientContactMethod"
                value={m}
                defaultChecked={v.clientContactMethod === m}
                className="mt-1.5 size-4"
              />
              <label htmlFor={fieldId(`clientContactMethod-${m}`)}>{METHOD_LABELS[m]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextField name="clientPhone" label="Client's phone number" optional type="tel" hint="Needed for a phone call or a text message." error={e.clientPhone} defaultValue={v.clientPhone} />
      <TextField name="clientEmail" label="Client's email address" optional type="email" hint="Needed for email." error={e.clientEmail} defaultValue={v.clientEmail} />
      <TextField name="clientLanguage" label="Preferred language" optional error={e.clientLanguage} defaultValue={v.clientLanguage} />
      <TextField
        name="clientAccessibility"
        label="Accessibility needs"
        optional
        multiline
        hint="For example: wheelchair access, ASL interpretation, large print."
        error={e.clientAccessibility}
        defaultValue={v.clientAccessibility}
      />
      <TextField name="clientBestTimes" label="Best times to reach them" optional multiline hint="For example: weekday mornings." error={e.clientBestTimes} defaultValue={v.clientBestTimes} />
    </fieldset>
  );
}
