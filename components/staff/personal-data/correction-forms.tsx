// Correcting a referral's details from the results of a request: the
// client's name and contact, or the referrer's name, email and phone. Plain
// server-action forms inside <details>, so they work without JavaScript.
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { FoundReferral } from '@/lib/privacy/find-data';

type FormAction = (form: FormData) => Promise<void>;

export function ReferralCorrectionForms({ referral: r, caseToken, action }: { referral: FoundReferral; caseToken: string; action: FormAction }) {
  const prefix = `fix-${r.id}`;
  const contactLabel = r.client.contactMethod === 'EMAIL' ? "Client's email" : r.client.contactMethod === 'PHONE' || r.client.contactMethod === 'TEXT' ? "Client's phone" : null;
  return (
    <div className="mt-2 space-y-2">
      {r.as.includes('client') && !r.erasedAt && (
        <details className="rounded border border-slate-300 p-2">
          <summary className="cursor-pointer font-semibold">Correct the client’s details</summary>
          <form action={action} className="mt-2 grid gap-2 sm:grid-cols-2">
            <input type="hidden" name="case" value={caseToken} />
            <input type="hidden" name="referralId" value={r.id} />
            <input type="hidden" name="part" value="client" />
            <TextField name="name" idPrefix={`${prefix}-client`} label="Client’s first name or initials" defaultValue={r.client.name ?? ''} required />
            {contactLabel
              ? <TextField name="contact" idPrefix={`${prefix}-client`} label={contactLabel} type={r.client.contactMethod === 'EMAIL' ? 'email' : 'tel'} defaultValue={r.client.contact ?? ''} required />
              : <input type="hidden" name="contact" value="" />}
            <p className="sm:col-span-2"><Button size="small">Save the client’s details</Button></p>
          </form>
        </details>
      )}
      {r.as.includes('referrer') && (
        <details className="rounded border border-slate-300 p-2">
          <summary className="cursor-pointer font-semibold">Correct the referrer’s details</summary>
          <form action={action} className="mt-2 grid gap-2 sm:grid-cols-3">
            <input type="hidden" name="case" value={caseToken} />
            <input type="hidden" name="referralId" value={r.id} />
            <input type="hidden" name="part" value="referrer" />
            <TextField name="name" idPrefix={`${prefix}-referrer`} label="Referrer’s name" defaultValue={r.referrer.name} required />
            <TextField name="email" idPrefix={`${prefix}-referrer`} label="Referrer’s email" type="email" defaultValue={r.referrer.email} required />
            <TextField name="phone" idPrefix={`${prefix}-referrer`} label="Referrer’s phone" type="tel" defaultValue={r.referrer.phone} optional />
            <p className="sm:col-span-3"><Button size="small">Save the referrer’s details</Button></p>
          </form>
        </details>
      )}
    </div>
  );
}
