import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getReferralStatusByToken } from '@/lib/referrals/status-page-data';
import { STATUS_WORDS } from '@/lib/referrals/status-words';
import { formatDateInZone, formatTimeInZone } from '@/lib/schedule';
import { env } from '@/lib/env';
import { DIRECTORY_TIME_ZONE } from '@/lib/site';

// The token is a secret in the address: keep it out of search engines and
// out of the Referer header of any link followed from here.
export const metadata: Metadata = { title: 'Referral status', robots: { index: false, follow: false }, referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

const when = (d: Date) => `${formatDateInZone(d, DIRECTORY_TIME_ZONE)}, ${formatTimeInZone(d, DIRECTORY_TIME_ZONE)}`;

export default async function ReferralStatusPage({ params }: Props) {
  const view = await getReferralStatusByToken((await params).token);
  if (!view) notFound();
  const now = STATUS_WORDS[view.status];
  return (
    <article className="max-w-2xl" aria-labelledby="status-heading">
      <h1 id="status-heading" className="text-3xl font-bold text-brand-900">
        Referral {view.reference}
      </h1>
      <p className="mt-1 text-slate-700">
        Sent {formatDateInZone(view.createdAt, DIRECTORY_TIME_ZONE)} · {view.groupName ? `to ${view.groupName}` : 'help finding a group'}
      </p>
      <section aria-labelledby="now-heading" className="mt-6 rounded border border-brand-700 bg-brand-50 p-4">
        <h2 id="now-heading" className="text-lg font-semibold">
          Status: <span data-testid="referral-status">{now.label}</span>
        </h2>
        <p className="mt-1">{now.meaning}</p>
      </section>
      <section aria-labelledby="history-heading" className="mt-6">
        <h2 id="history-heading" className="text-xl font-semibold">
          History
        </h2>
        <ol className="mt-2 space-y-2" data-testid="referral-history">
          {view.history.map((h) => (
            <li key={`${h.status}-${h.at.toISOString()}`} className="border-l-4 border-brand-700 pl-3">
              <span className="font-medium">{STATUS_WORDS[h.status].label}</span>
              <span className="block text-sm text-slate-700">
                <time dateTime={h.at.toISOString()}>{when(h.at)}</time>
              </span>
            </li>
          ))}
        </ol>
      </section>
      <p className="mt-6 text-sm text-slate-700">
        This private link works until {formatDateInZone(view.linkExpiresAt, DIRECTORY_TIME_ZONE)}. It never shows your
        client&apos;s details. To ask about the referral, call us at {env().CLEARINGHOUSE_PHONE} and give the reference {view.reference}.
      </p>
    </article>
  );
}
