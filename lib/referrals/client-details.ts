// A referral's client details and notes, decrypted: the one way the staff
// referral page and personal-data requests (decision 038) open them. A value
// no configured key opens is shown as missing and reported, so a lost key
// makes a page say so instead of failing.
import { decryptText, DecryptionError, type FieldContext } from '../crypto/index.ts';
import type { ClientContactMethod } from '../generated/prisma/enums.ts';
import { referralField } from './encrypted-fields.ts';

export type ClientDetails = {
  name: string | null;
  contactMethod: ClientContactMethod;
  contact: string | null;
  language: string;
  accessibility: string | null;
  bestTimes: string | null;
};

export type EncryptedClientRow = {
  id: string;
  clientNameEnc: string | null;
  clientContactMethod: ClientContactMethod;
  clientContactEnc: string | null;
  clientLanguage: string;
  clientAccessibilityEnc: string | null;
  clientBestTimesEnc: string | null;
  notesEnc: string | null;
};

export type Open = (enc: string | null, context: FieldContext) => string | null;

/** Decrypts one stored value; `onUnreadable` hears of each one no key opens. */
export function opener(onUnreadable: () => void): Open {
  return (enc, context) => {
    if (!enc) return null;
    try {
      return decryptText(enc, context);
    } catch (err) {
      if (!(err instanceof DecryptionError)) throw err;
      onUnreadable();
      return null;
    }
  };
}

export function openClientDetails(r: EncryptedClientRow, open: Open): { client: ClientDetails; notes: string | null } {
  return {
    client: {
      name: open(r.clientNameEnc, referralField('clientNameEnc', r.id)),
      contactMethod: r.clientContactMethod,
      contact: open(r.clientContactEnc, referralField('clientContactEnc', r.id)),
      language: r.clientLanguage,
      accessibility: open(r.clientAccessibilityEnc, referralField('clientAccessibilityEnc', r.id)),
      bestTimes: open(r.clientBestTimesEnc, referralField('clientBestTimesEnc', r.id)),
    },
    notes: open(r.notesEnc, referralField('notesEnc', r.id)),
  };
}
