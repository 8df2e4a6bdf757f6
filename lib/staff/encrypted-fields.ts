// The staff column that holds ciphertext (the two-step sign-in secret) and
// the place each value is bound to (lib/crypto/aes.ts).
import type { FieldContext } from '../crypto/aes.ts';
import type { EncryptedTable } from '../crypto/rotate-data.ts';

export const totpSecretField = (userId: string): FieldContext => ({ table: 'StaffUser', column: 'totpSecretEnc', rowId: userId });

/** For `npm run keys:rotate`. */
export const STAFF_ENCRYPTED_TABLES: EncryptedTable[] = [{ table: 'StaffUser', columns: ['totpSecretEnc'] }];
