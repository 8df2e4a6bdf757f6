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
import { FilterActions, FilterSearch, FilterSelect, filterControl as control, NEWEST_OR_OLDEST } from '@/components/staff/list-filters';
import { ScrollRegion } from '@/components/ui/scroll-region';

export const metadata: Metadata = { title: 'Referrals' };
export const dynamic = 'force-dynamic';
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReferralInboxPage({ searchParams }: Props) {
  const me = await requireStaffPage('REFERRALS');
  const { filters: f, problems } = readReferralInbox(await searchParams);
  const [{ rows, total, page, pageCount, requestedPage }, groups] = await Promise.all([listReferralInbox(f, me), listReferredGroups(me)]);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Referrals</h1>
      <form method="get" action="/staff/referrals" role="search" aria-label="Filter referrals" className="mt-4 grid gap-3 rounded border border-slate-300 bg-brand-50 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterSearch label="Reference or referrer" value={f.q} />
        <FilterSelect name="status" label="Status" value={f.status} any="Any status" options={REFERRAL_STATUSES.map((s) => [s, STATUS_WORDS[s].label] as const)} />
        <FilterSelect name="group" label="Group" value={f.group} any="Any group" options={groups.map((g) => [g.slug, g.name] as const)} />
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
        <FilterSelect name="sort" label="Sort by" value={f.sort} options={NEWEST_OR_OLDEST} />
        <FilterActions submit="Show" clearHref="/staff/referrals" className="self-end" />
      </form>
      <UrlProblems problems={problems} />
      <p className="mt-4" role="status" data-testid="referral-count">{total} {total === 1 ? 'referral' : 'referrals'}</p>
      <PageNotice requested={requestedPage} shown={page} pageCount={pageCount} />
      {rows.length > 0 ? (
        <ScrollRegion label="Referrals" className="mt-3">
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
        </ScrollRegion>
      ) : (
        <p className="mt-3">No referrals match.</p>
      )}
      <Pagination page={page} pageCount={pageCount} basePath="/staff/referrals" query={referralInboxQuery(f)} label="Referral pages" />
    </>
  );
}
