// The referral form's fields are drawn roomy and their ids start "f-"
// (f-referrerEmail, f-referrerEmail-error): the error summary links to them.
import { fieldIds } from '@/lib/forms/field-ids';
import { CONTACT_METHODS, READINESS_ITEMS } from '@/lib/referrals/schema';

const PREFIX = 'f';

/** Spread into every field of the form: <TextField {...REFERRAL_FIELD} name="notes" … />. */
export const REFERRAL_FIELD = { density: 'roomy', idPrefix: PREFIX } as const;

export const referralIds = (name: string) => fieldIds(name, PREFIX);

/** Where the summary's link for a field goes: a group's first choice; the target section for the form's key. */
export function anchorFor(field: string): string {
  if (field === 'clientContactMethod') return referralIds(`clientContactMethod-${CONTACT_METHODS[0]}`).input;
  if (field === 'readiness') return referralIds(`readiness-${READINESS_ITEMS[0]?.id ?? ''}`).input;
  if (field === 'idempotencyKey') return 'referral-target';
  return referralIds(field).input;
}
