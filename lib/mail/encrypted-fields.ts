// The outbox column that holds ciphertext (a one-time link, decision 024),
// bound to its row like every encrypted field (lib/crypto/aes.ts).
import type { FieldContext } from '../crypto/aes.ts';
import type { EncryptedTable } from '../crypto/rotate-data.ts';

export const outboxLinkField = (rowId: string): FieldContext => ({ table: 'OutboxMessage', column: 'linkEnc', rowId });

/** For `npm run keys:rotate`. */
export const MAIL_ENCRYPTED_TABLES: EncryptedTable[] = [{ table: 'OutboxMessage', columns: ['linkEnc'] }];
