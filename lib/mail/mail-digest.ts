// A fingerprint of one message exactly as it would be sent (address,
// subject, text): staff confirm a message by its digest, and the server
// sends only when the message it is about to queue has the digest they
// confirmed — what was shown is what goes out.
import crypto from 'node:crypto';
import type { OutgoingMail } from './outbox-data.ts';

export function mailDigest(mail: Pick<OutgoingMail, 'to' | 'subject' | 'text'>): string {
  return crypto.createHash('sha256').update(JSON.stringify([mail.to, mail.subject, mail.text])).digest('hex');
}
