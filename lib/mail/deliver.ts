// Delivers one outbox message: by SMTP when SMTP_URL is set, otherwise it
// stays in the outbox, marked delivered there (staff read it in the console).
import 'server-only';
import { deliverLocked, type DeliveryOutcome } from './outbox-data.ts';
import { env } from '../env.ts';
import { smtpTransport } from './transport.ts';

export type DeliverOptions = { smtpUrl?: string | null; from?: string };

export async function deliverOutboxMessage(id: string, opts: DeliverOptions = {}): Promise<DeliveryOutcome> {
  const e = env();
  const smtpUrl = opts.smtpUrl === undefined ? e.SMTP_URL : opts.smtpUrl;
  const from = opts.from ?? e.MAIL_FROM;
  return deliverLocked(id, async (mail) => {
    if (!smtpUrl) return 'kept';
    await smtpTransport(smtpUrl).sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Directory-Kind': mail.kind },
    });
    return 'sent';
  });
}
