import type { MailState } from '@/lib/mail/delivery-state';
import type { OutboxItem } from '@/lib/mail/outbox-list-data';

const when = new Intl.DateTimeFormat('en-CA', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' });
export const mailTime = (d: Date) => when.format(d);

/** The state filter's choices, in the words the list uses. */
export const MAIL_STATE_LABELS: Record<MailState, string> = {
  queued: 'Queued',
  sent: 'Sent (server accepted)',
  kept: 'Kept — no mail server configured',
  failed: 'Failed, retrying',
  'gave-up': 'Gave up',
  cancelled: 'Cancelled',
};

const TONE: Record<MailState, string> = {
  queued: 'border-slate-500 bg-white text-slate-900',
  sent: 'border-green-800 bg-green-50 text-green-900',
  kept: 'border-amber-700 bg-amber-50 text-amber-900',
  failed: 'border-red-800 bg-red-50 text-red-900',
  'gave-up': 'border-red-800 bg-red-100 text-red-900',
  cancelled: 'border-slate-500 bg-slate-100 text-slate-900',
};

/** What really happened to the message, in one phrase (decision 031). */
export function mailStateText(m: Pick<OutboxItem, 'state' | 'sentAt' | 'keptAt' | 'cancelledAt' | 'nextAttemptAt' | 'attempts'>): string {
  switch (m.state) {
    case 'sent': return `sent (server accepted) ${m.sentAt ? mailTime(m.sentAt) : ''}`.trim();
    case 'kept': return 'kept — no mail server configured';
    case 'cancelled': return `cancelled ${m.cancelledAt ? mailTime(m.cancelledAt) : ''}`.trim();
    case 'gave-up': return `gave up after ${m.attempts} attempts`;
    case 'failed': return m.nextAttemptAt ? `failed, retrying at ${mailTime(m.nextAttemptAt)} at the latest` : 'failed, retrying';
    case 'queued': return 'queued';
  }
}

export function MailStateBadge({ item }: { item: Parameters<typeof mailStateText>[0] }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${TONE[item.state]}`} data-testid="mail-state" data-state={item.state}>
      {mailStateText(item)}
    </span>
  );
}
