// The keyed hash of a referral client's email or phone
// (Referral.clientContactLookup), written with every contact, so a request
// about personal data finds the referral without decrypting them all
// (docs/decisions/038-requests-about-personal-data.md).
import 'server-only';
import { blindIndex, currentIndexPrefix } from '../crypto/blind-index.ts';
import { encryptionKey } from '../crypto/index.ts';
import { normaliseContact, normaliseEmail, normalisePhone } from '../forms/contact-match.ts';

const PURPOSE = 'referral-client-contact';

/** The lookup value for a contact as typed; null when there is no contact to find. */
export function clientContactLookup(contact: string | null | undefined): string | null {
  const normalised = contact ? normaliseContact(contact) : null;
  return normalised ? blindIndex(normalised, PURPOSE, encryptionKey()) : null;
}

/** The lookup values a person's email and phone would have, to search by. */
export function lookupsFor(person: { email: string | null; phone: string | null }): string[] {
  const ring = encryptionKey();
  const values: string[] = [];
  if (person.email) values.push(blindIndex(`email:${normaliseEmail(person.email)}`, PURPOSE, ring));
  const phone = person.phone ? normalisePhone(person.phone) : null;
  if (phone) values.push(blindIndex(`phone:${phone}`, PURPOSE, ring));
  return values;
}

/** Lookup values made under another key than the current one start otherwise. */
export const currentLookupPrefix = () => currentIndexPrefix(encryptionKey());
