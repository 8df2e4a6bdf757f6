import type { Metadata } from 'next';
import { Pagination } from '@/components/group/pagination';
import { requireStaffPage } from '@/lib/staff/guards';
import { listOutbox } from '@/lib/mail/outbox-data';
import { pageParamSchema } from '@/lib/listings/browse-schema';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Outbox' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const when = new Intl.DateTimeFormat('en-CA', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' });

export default async function OutboxPage({ searchParams }: Props) {
  await requireStaffPage();
  const result = await listOutbox({ page: pageParamSchema.parse((await searchParams).page) });
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Outbox</h1>
      <p className="mt-2">Every email the directory sends, newest first. Without a mail server configured, messages stay here as “kept”. One-time links (password resets, invitations, referral status) are never shown here: only the recipient’s email carries them. Sent mail is deleted after {env().OUTBOX_SENT_RETENTION_DAYS} days.</p>
      <p className="mt-4" role="status">{result.total} {result.total === 1 ? 'message' : 'messages'}</p>
      <ol className="mt-3 space-y-3">
        {result.items.map((m) => (
          <li key={m.id} className="rounded border border-slate-300 p-3" data-testid="outbox-message">
            <p className="font-semibold">{m.subject}</p>
            <p className="text-sm text-slate-700">
              To <span className="break-all">{m.to}</span> · {m.kind} · {when.format(m.createdAt)} ·{' '}
              {m.sentAt ? `sent ${when.format(m.sentAt)}` : m.lastError ? `not sent yet (${m.attempts} attempts: ${m.lastError})` : 'waiting to be sent'}
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer">Show the message</summary>
              <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words font-sans">{m.text}</pre>
            </details>
          </li>
        ))}
      </ol>
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/staff/outbox" label="Outbox pages" />
    </>
  );
}
