// Which referral columns hold ciphertext, and the place each value is bound
// to (lib/crypto/aes.ts): the table, the column and the row's id.
import type { FieldContext } from '../crypto/aes.ts';
import type { EncryptedTable } from '../crypto/rotate-data.ts';

export const REFERRAL_CLIENT_COLUMNS = ['clientNameEnc', 'clientContactEnc', 'clientAccessibilityEnc', 'clientBestTimesEnc', 'notesEnc'] as const;
type ReferralColumn = (typeof REFERRAL_CLIENT_COLUMNS)[number];

export const referralField = (column: ReferralColumn, rowId: string): FieldContext => ({ table: 'Referral', column, rowId });
export const eventNoteField = (rowId: string): FieldContext => ({ table: 'ReferralEvent', column: 'noteEnc', rowId });

/** For `npm run keys:rotate`. */
export const REFERRAL_ENCRYPTED_TABLES: EncryptedTable[] = [
  { table: 'Referral', columns: [...REFERRAL_CLIENT_COLUMNS] },
  { table: 'ReferralEvent', columns: ['noteEnc'] },
];
