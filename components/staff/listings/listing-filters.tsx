import { FilterActions, FilterSearch, FilterSelect } from '../list-filters';
import { GROUP_STATUS_LABELS } from '@/components/staff/status-labels';
import { GROUP_STATUSES, type ListingFilters } from '@/lib/listings/staff-list-schema';

const SORT_LABELS = { name: 'Name (A–Z)', updated: 'Recently updated', verified: 'Least recently verified' } as const;

/** A GET form: the filters live in the address, so a filtered list can be bookmarked or shared. */
export function ListingFiltersForm({ f, topics, towns }: { f: ListingFilters; topics: { slug: string; name: string }[]; towns: string[] }) {
  return (
    <form method="get" action="/staff/listings" role="search" aria-label="Filter listings" className="grid gap-3 rounded border border-slate-300 bg-brand-50 p-4 sm:grid-cols-2 lg:grid-cols-3">
      <FilterSearch label="Name contains" value={f.q} />
      <FilterSelect name="status" label="Status" value={f.status} any="Any status" options={GROUP_STATUSES.map((s) => [s, GROUP_STATUS_LABELS[s]] as const)} />
      <FilterSelect name="topic" label="Topic" value={f.topic} any="Any topic" options={topics.map((t) => [t.slug, t.name] as const)} />
      <FilterSelect name="town" label="Town" value={f.town} any="Any town" options={towns.map((t) => [t, t] as const)} />
      <FilterSelect name="sort" label="Sort by" value={f.sort} options={Object.entries(SORT_LABELS)} />
      <div className="flex items-end">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" name="stale" value="1" defaultChecked={f.stale} className="h-4 w-4" />
          Not verified in the last 12 months
        </label>
      </div>
      <FilterActions submit="Show listings" clearHref="/staff/listings" className="sm:col-span-2 lg:col-span-3" />
    </form>
  );
}
