import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/components/group/pagination';
import { shortDateTime } from '@/components/staff/status-labels';
import { requireStaffPage } from '@/lib/staff/guards';
import { listReferralInbox, listReferredGroups } from '@/lib/referrals/staff-inbox-data';
import { STATUS_WORDS } from '@/lib/referrals/status-words';
import { readReferralInbox, referralInboxQuery, REFERRAL_STATUSES } from '@/lib/referrals/inbox-filters';
import { PageNotice } from '@/components/group/page-notice';
import { UrlProblems } from '@/components/staff/shell/url-problems';

export const metadata: Metadata = { title: 'Referrals' };
export const dynamic = 'force-dynamic';
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const control = 'mt-1 w-full min-w-0 rounded border border-slate-500 bg-white px-2 py-1';

export default async function ReferralInboxPage({ searchParams }: Props) {
  const me = await requireStaffPage('REFERRALS');
  const { filters: f, problems } = readReferralInbox(await searchParams);
  const [{ rows, total, page, pageCount, requestedPage }, groups] = await Promise.all([listReferralInbox(f, me), listReferredGroups(me)]);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Referrals</h1>
      <form method="get" action="/staff/referrals" role="search" aria-label="Filter referrals" className="mt-4 grid gap-3 rounded border border-slate-300 bg-brand-50 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor="q" className="block font-semibold">Reference or referrer</label>
          <input id="q" name="q" type="search" defaultValue={f.q} className={control} />
        </div>
        <div>
          <label htmlFor="status" className="block font-semibold">Status</label>
          <select id="status" name="status" defaultValue={f.status ?? ''} className={control}>
            <option value="">Any status</option>
            {REFERRAL_STATUSES.map((s) => <option key={s} value={s}>{STATUS_WORDS[s].label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="group" className="block font-semibold">Group</label>
          <select id="group" name="group" defaultValue={f.group ?? ''} className={control}>
            <option value="">Any group</option>
            {groups.map((g) => <option key={g.slug} value={g.slug}>{g.name}</option>)}
          </select>
        </div>
        <div className="flex items-end">
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" name="mine" value="1" defaultChecked={f.mine} className="h-4 w-4" />
            Assigned to me
          </label>
        </div>
        <div>
          <label htmlFor="from" className="block font-semibold">Received from</label>
          <input id="from" name="from" type="date" defaultValue={f.from ?? ''} className={control} />
        </div>
        <div>
          <label htmlFor="to" className="block font-semibold">Received until</label>
          <input id="to" name="to" type="date" defaultValue={f.to ?? ''} className={control} />
        </div>
        <div>
          <label htmlFor="sort" className="block font-semibold">Sort by</label>
          <select id="sort" name="sort" defaultValue={f.sort} className={control}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </div>
        <p className="flex items-end gap-4">
          <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">Show</button>
          <Link href="/staff/referrals">Clear filters</Link>
        </p>
      </form>
      <UrlProblems problems={problems} />
      <p className="mt-4" role="status" data-testid="referral-count">{total} {total === 1 ? 'referral' : 'referrals'}</p>
      <PageNotice requested={requestedPage} shown={page} pageCount={pageCount} />
      {rows.length > 0 ? (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Referrals, {f.sort === 'oldest' ? 'oldest' : 'newest'} first</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">Reference</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2">Group</th>
                <th scope="col" className="p-2">Referrer</th>
                <th scope="col" className="p-2">Assigned to</th>
                <th scope="col" className="p-2">Received</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200" data-testid="referral-row">
                  <th scope="row" className="p-2"><Link href={`/staff/referrals/${r.id}`}>{r.reference}</Link></th>
                  <td className="p-2">{STATUS_WORDS[r.status].label}</td>
                  <td className="p-2">{r.group?.name ?? `Help finding a group${r.helpTown ? ` (${r.helpTown})` : ''}`}</td>
                  <td className="p-2">{r.referrerName}, {r.referrerOrganisation}</td>
                  <td className="p-2">{r.assignedTo?.name ?? 'Nobody'}</td>
                  <td className="p-2 whitespace-nowrap">{shortDateTime(r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-3">No referrals match.</p>
      )}
      <Pagination page={page} pageCount={pageCount} basePath="/staff/referrals" query={referralInboxQuery(f)} label="Referral pages" />
    </>
  );
}
