import type { Metadata } from 'next';
import Link from 'next/link';
import { PageNotice } from '@/components/group/page-notice';
import { Pagination } from '@/components/group/pagination';
import { ListingFiltersForm } from '@/components/staff/listings/listing-filters';
import { GROUP_STATUS_LABELS, shortDate } from '@/components/staff/status-labels';
import { requireStaffPage } from '@/lib/staff/guards';
import { listGroupsForStaff, listMeetingTowns, listTopicOptions } from '@/lib/listings/staff-list-data';
import { listingFiltersQuery, readListingFilters } from '@/lib/listings/staff-list-schema';
import { UrlProblems } from '@/components/staff/shell/url-problems';
import { ScrollRegion } from '@/components/ui/scroll-region';

export const metadata: Metadata = { title: 'Listings' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffListingsPage({ searchParams }: Props) {
  await requireStaffPage();
  const { filters: f, problems } = readListingFilters(await searchParams);
  const [result, topics, towns] = await Promise.all([listGroupsForStaff(f), listTopicOptions(), listMeetingTowns()]);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">Listings</h1>
        <Link href="/staff/listings/new" className="font-semibold">Add a listing</Link>
      </div>
      <div className="mt-4">
        <ListingFiltersForm f={f} topics={topics} towns={towns} />
      </div>
      <UrlProblems problems={problems} />
      <p className="mt-4" role="status" data-testid="listing-count">
        {result.total} {result.total === 1 ? 'listing' : 'listings'}
      </p>
      <PageNotice requested={result.requestedPage} shown={result.page} pageCount={result.pageCount} />
      {result.rows.length > 0 ? (
        <ScrollRegion label="Listings" className="mt-3">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Listings, page {result.page} of {result.pageCount}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">Name</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2">Towns</th>
                <th scope="col" className="p-2">Updated</th>
                <th scope="col" className="p-2">Last verified</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200" data-testid="listing-row">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/staff/listings/${r.id}`}>{r.name}</Link>
                  </th>
                  <td className="p-2">{GROUP_STATUS_LABELS[r.status]}</td>
                  <td className="p-2">{r.towns.join(', ') || '—'}</td>
                  <td className="p-2 whitespace-nowrap">{shortDate(r.updatedAt)}</td>
                  <td className="p-2 whitespace-nowrap">{r.lastVerifiedAt ? shortDate(r.lastVerifiedAt) : 'Never'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p className="mt-3">No listings match these filters.</p>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/staff/listings" query={listingFiltersQuery(f)} label="Listing pages" />
    </>
  );
}
