import Link from 'next/link';
import { RADII_KM, searchHref, type SearchFilters } from '@/lib/search/schema';
import type { ActiveFilter } from './active-filters';

/** Says why nothing matched and offers concrete ways to widen the search. */
export function EmptyResults({ f, filters, hasOrigin, pastEnd }: { f: SearchFilters; filters: ActiveFilter[]; hasOrigin: boolean; pastEnd: boolean }) {
  if (pastEnd) {
    return (
      <div className="rounded border border-amber-300 bg-amber-50 p-4">
        <p>There are no more results on this page.</p>
        <p className="mt-2">
          <Link href={searchHref(f)}>Go back to the first page</Link>
        </p>
      </div>
    );
  }
  const larger = RADII_KM.find((r) => r > f.radiusKm);
  return (
    <div className="rounded border border-amber-300 bg-amber-50 p-4">
      <h2 className="text-lg font-semibold">No groups match all of these choices</h2>
      <p className="mt-1">
        Every group shown must match every choice, so each one you add narrows the list. Try one of these:
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {filters.map((a) => (
          <li key={a.href + a.label}>
            <Link href={a.href}>Remove “{a.label}”</Link>
          </li>
        ))}
        {hasOrigin && larger ? (
          <li>
            <Link href={searchHref(f, { radiusKm: larger })}>Search a wider area ({larger} km)</Link>
          </li>
        ) : null}
        <li>
          <Link href={searchHref(f, { where: '', lat: null, lng: null, attendance: ['online', 'phone'] })}>Show groups that meet online or by phone</Link>
        </li>
        <li>
          <Link href="/topics">Browse all topics A–Z</Link>
        </li>
      </ul>
      <p className="mt-3">You can also call the clearinghouse: staff often know of groups that are not listed yet.</p>
    </div>
  );
}
