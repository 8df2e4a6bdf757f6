// The referral's history in one list: its arrival, every status move (the
// ones the referrer was emailed about) and every note, oldest first.
import { shortDateTime } from '@/components/staff/status-labels';
import { STATUS_WORDS } from '@/lib/referrals/status-words';
import { referralTimeline, type HistoryEvent } from '@/lib/referrals/timeline';

export function ReferralTimeline({ events }: { events: HistoryEvent[] }) {
  return (
    <section aria-labelledby="history-heading" className="mt-6">
      <h2 id="history-heading" className="text-xl font-semibold">History</h2>
      <ol className="mt-2 space-y-2" data-testid="referral-history">
        {referralTimeline(events).map((e) => (
          <li key={e.id} className="rounded border border-slate-300 p-3" data-testid="history-entry">
            <p>
              <time dateTime={e.createdAt.toISOString()} className="font-medium">{shortDateTime(e.createdAt)}</time>{' — '}
              {e.kind === 'received' && 'Received from the professional'}
              {e.kind === 'status' && `Status changed from “${STATUS_WORDS[e.from ?? e.status].label}” to “${STATUS_WORDS[e.status].label}”`}
              {e.kind === 'note' && 'Note'}
              {e.actorName ? ` · ${e.actorName}` : ''}
            </p>
            {e.note && <p className="mt-1 whitespace-pre-line break-words">{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
