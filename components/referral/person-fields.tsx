// "About you" and "About your client".
import { ErrorText } from '@/components/ui/field-text';
import { TextArea, TextField } from '@/components/ui/text-field';
import { describedBy } from '@/lib/forms/field-ids';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { CONTACT_METHODS, type ReferralFormValues } from '@/lib/referrals/schema';
import type { ClientContactMethod } from '@/lib/generated/prisma/enums';
import { REFERRAL_FIELD as F, referralIds } from './field-ids';

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
      <TextField {...F} name="referrerName" label="Your name" errors={e.referrerName} defaultValue={v.referrerName} autoComplete="name" />
      <TextField {...F} name="referrerRole" label="Your role or profession" hint="For example: family physician, social worker, counsellor." errors={e.referrerRole} defaultValue={v.referrerRole} autoComplete="organization-title" />
      <TextField {...F} name="referrerOrganisation" label="Organisation" errors={e.referrerOrganisation} defaultValue={v.referrerOrganisation} autoComplete="organization" />
      <TextField {...F} name="referrerEmail" label="Work email" type="email" hint="We send the reference and updates here." errors={e.referrerEmail} defaultValue={v.referrerEmail} autoComplete="email" />
      <TextField {...F} name="referrerPhone" label="Work phone" optional type="tel" errors={e.referrerPhone} defaultValue={v.referrerPhone} autoComplete="tel" />
    </fieldset>
  );
}

export function ClientFields({ values: v, errors: e }: Props) {
  const methodError = e.clientContactMethod;
  const method = referralIds('clientContactMethod');
  return (
    <fieldset className="mt-8">
      <legend className={legend}>About your client</legend>
      <p className="mt-1 text-slate-700">We ask only what we need to reach them. These details are encrypted and deleted after the referral closes.</p>
      <TextField
        {...F}
        name="clientName"
        label="Client's first name or initials"
        hint='Not their full name: for example "Sam" or "S. K.".'
        errors={e.clientName}
        defaultValue={v.clientName}
      />
      <fieldset
        role="radiogroup"
        className="mt-4"
        aria-invalid={methodError ? true : undefined}
        aria-describedby={describedBy(method, { error: Boolean(methodError) })}
      >
        <legend className="font-medium">How should we reach them?</legend>
        <ErrorText id={method.error} messages={methodError} density="roomy" />
        <div className="mt-1 space-y-1">
          {CONTACT_METHODS.map((m) => {
            const id = referralIds(`clientContactMethod-${m}`).input;
            return (
              <div key={m} className="flex items-start gap-2">
                <input type="radio" id={id} name="clientContactMethod" value={m} defaultChecked={v.clientContactMethod === m} className="size-6 shrink-0" />
                <label htmlFor={id}>{METHOD_LABELS[m]}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <TextField {...F} name="clientPhone" label="Client's phone number" optional type="tel" hint="Needed for a phone call or a text message." errors={e.clientPhone} defaultValue={v.clientPhone} />
      <TextField {...F} name="clientEmail" label="Client's email address" optional type="email" hint="Needed for email." errors={e.clientEmail} defaultValue={v.clientEmail} />
      <TextField {...F} name="clientLanguage" label="Preferred language" optional errors={e.clientLanguage} defaultValue={v.clientLanguage} />
      <TextArea
        {...F}
        name="clientAccessibility"
        label="Accessibility needs"
        optional
        rows={4}
        autoComplete="off"
        hint="For example: wheelchair access, ASL interpretation, large print."
        errors={e.clientAccessibility}
        defaultValue={v.clientAccessibility}
      />
      <TextArea {...F} name="clientBestTimes" label="Best times to reach them" optional rows={4} autoComplete="off" hint="For example: weekday mornings." errors={e.clientBestTimes} defaultValue={v.clientBestTimes} />
    </fieldset>
  );
}
