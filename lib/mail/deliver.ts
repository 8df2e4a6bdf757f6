// Delivers one outbox message: by SMTP when SMTP_URL is set; otherwise it
// stays in the outbox and is recorded as kept there, never as sent (staff
// read it in the console; decision 031). A one-time link is decrypted and
// put into the text only here, on its way to the SMTP server; without one,
// the link reaches no one (decision 024).
import 'server-only';
import { decryptText } from '../crypto/index.ts';
import { deliverLocked, type DeliveryOutcome, type StoredMail } from './outbox-data.ts';
import { env } from '../env.ts';
import { nextAttemptBy, type RetryPolicy } from './delivery-state.ts';
import { outboxLinkField } from './encrypted-fields.ts';
import { putLinkIn } from './one-time-link.ts';
import { smtpTransport } from './transport.ts';

/** `retry`: the delivery job's pg-boss retries, so a failure records when the next try is due; without it the sweep takes it. */
export type DeliverOptions = { smtpUrl?: string | null; from?: string; retry?: RetryPolicy };

/** The link, or null when the key that sealed it is gone: the mail then says to ask for a new one. */
function openLink(linkEnc: string, rowId: string): string | null {
  try {
    return decryptText(linkEnc, outboxLinkField(rowId));
  } catch {
    return null;
  }
}

export async function deliverOutboxMessage(id: string, opts: DeliverOptions = {}): Promise<DeliveryOutcome> {
  const e = env();
  const smtpUrl = opts.smtpUrl === undefined ? e.SMTP_URL : opts.smtpUrl;
  const from = opts.from ?? e.MAIL_FROM;
  const send = async (mail: StoredMail) => {
    if (!smtpUrl) return 'kept' as const;
    await smtpTransport(smtpUrl).sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: putLinkIn(mail.text, mail.linkEnc === null ? null : openLink(mail.linkEnc, mail.id)),
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      messageId: outboxMessageId(mail.id, e.SITE_URL),
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Directory-Kind': mail.kind },
    });
    return 'sent' as const;
  };
  return deliverLocked(id, send, (now, attempts) => nextAttemptBy(now, attempts, opts.retry));
}

/**
 * The Message-ID of an outbox message, the same on every try. If the mail
 * server stops just after keeping a message, before its "accepted" reaches
 * us, the message counts as failed and is sent again when the server is
 * back: no SMTP client can tell the two apart. Sent again with the same
 * Message-ID, it is one message to the recipient's mail system, not two.
 */
function outboxMessageId(rowId: string, siteUrl: string): string {
  return `<outbox.${rowId}@${new URL(siteUrl).hostname}>`;
}

/** Whether mail leaves the machine; without a server, a one-time link has to be handed over another way. */
export function mailServerConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}
