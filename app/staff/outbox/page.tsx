import type { Metadata } from 'next';
import { PageNotice } from '@/components/group/page-notice';
import { Pagination } from '@/components/group/pagination';
import { MailStateBadge, mailTime } from '@/components/staff/outbox/mail-state';
import { OutboxFiltersForm } from '@/components/staff/outbox/outbox-filters';
import { UrlProblems } from '@/components/staff/shell/url-problems';
import { requireStaffPage } from '@/lib/staff/guards';
import { mayManageMail } from '@/lib/staff/policy';
import { canCancel, canRetry } from '@/lib/mail/delivery-state';
import { listOutbox } from '@/lib/mail/outbox-list-data';
import { outboxFiltersQuery, readOutboxFilters } from '@/lib/mail/outbox-list-schema';
import { ownEntry } from '@/lib/forms/form-values';
import { env } from '@/lib/env';
import { retryMailAction } from './actions/retry-mail-action';
import { cancelMailAction } from './actions/cancel-mail-action';

export const metadata: Metadata = { title: 'Outbox' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const DONE: Record<string, string> = {
  'retry-sent': 'The mail server accepted the message.',
  'retry-kept': 'No mail server is configured, so the message was kept here.',
  'retry-failed': 'The message failed again; the reason is shown with it.',
  'not-retryable': 'That message has already gone out, been kept or been cancelled.',
  cancelled: 'The message was cancelled. It will not be sent.',
  'not-cancellable': 'That message has already gone out, been kept or been cancelled.',
};
const button = 'rounded border border-brand-800 bg-white px-3 py-1 font-semibold text-brand-900 hover:bg-brand-50';

export default async function OutboxPage({ searchParams }: Props) {
  const session = await requireStaffPage();
  const sp = await searchParams;
  const { filters: f, problems } = readOutboxFilters(sp);
  const result = await listOutbox(f);
  const query = outboxFiltersQuery(f);
  const back = new URLSearchParams({ ...query, ...(result.page > 1 ? { page: String(result.page) } : {}) }).toString();
  const manage = mayManageMail(session);
  const done = ownEntry(DONE, sp.done);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Outbox</h1>
      <p className="mt-2">Every email the directory sends, with what really happened to it. Without a mail server configured, messages are kept here and reach no one. One-time links (password resets, invitations, referral status) are never shown here: only the recipient’s email carries them. Sent, kept and cancelled mail is deleted after {env().OUTBOX_SENT_RETENTION_DAYS} days.</p>
      {done && <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3" data-testid="outbox-done">{done}</p>}
      <div className="mt-4"><OutboxFiltersForm f={f} /></div>
      <UrlProblems problems={problems} />
      <p className="mt-4" role="status" data-testid="outbox-count">{result.total} {result.total === 1 ? 'message' : 'messages'}</p>
      <PageNotice requested={result.requestedPage} shown={result.page} pageCount={result.pageCount} />
      <ol className="mt-3 space-y-3">
        {result.items.map((m) => (
          <li key={m.id} className="rounded border border-slate-300 p-3" data-testid="outbox-message">
            <p className="font-semibold break-words">{m.subject}</p>
            <p className="text-sm text-slate-700">
              To <span className="break-all">{m.to}</span> · {m.kind} · written {mailTime(m.createdAt)}
            </p>
            <p className="mt-1"><MailStateBadge item={m} /></p>
            {m.lastError && m.state !== 'sent' && (
              <p className="mt-1 text-sm break-words text-slate-800">Last error ({m.attempts} {m.attempts === 1 ? 'attempt' : 'attempts'}): {m.lastError}</p>
            )}
            {manage && (canRetry(m.state) || canCancel(m.state)) && (
              <div className="mt-2 flex flex-wrap gap-3">
                {canRetry(m.state) && (
                  <form action={retryMailAction}>
                    <input type="hidden" name="id" value={m.id} />
                    <input type="hidden" name="back" value={back} />
                    <button type="submit" className={button}>Retry now<span className="sr-only">: {m.subject}</span></button>
                  </form>
                )}
                {canCancel(m.state) && (
                  <form action={cancelMailAction}>
                    <input type="hidden" name="id" value={m.id} />
                    <input type="hidden" name="back" value={back} />
                    <button type="submit" className={button}>Cancel this message<span className="sr-only">: {m.subject}</span></button>
                  </form>
                )}
              </div>
            )}
            <details className="mt-2">
              <summary className="cursor-pointer">Show the message</summary>
              <pre className="mt-2 overflow-x-auto font-sans break-words whitespace-pre-wrap">{m.text}</pre>
            </details>
          </li>
        ))}
      </ol>
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/staff/outbox" query={query} label="Outbox pages" />
    </>
  );
}
