import Link from 'next/link';
import { GROUP_STATUS_LABELS } from '@/components/staff/status-labels';
import { GROUP_STATUSES, type ListingFilters } from '@/lib/listings/staff-list-schema';

const SORT_LABELS = { name: 'Name (A–Z)', updated: 'Recently updated', verified: 'Least recently verified' } as const;
const control = 'mt-1 w-full min-w-0 rounded border border-slate-500 bg-white px-2 py-1';

/** A GET form: the filters live in the address, so a filtered list can be bookmarked or shared. */
export function ListingFiltersForm({ f, topics, towns }: { f: ListingFilters; topics: { slug: string; name: string }[]; towns: string[] }) {
  return (
    <form method="get" action="/staff/listings" role="search" aria-label="Filter listings" className="grid gap-3 rounded border border-slate-300 bg-brand-50 p-4 sm:grid-cols-2 lg:grid-cols-3">
      <div>
        <label htmlFor="q" className="block font-semibold">Name contains</label>
        <input id="q" name="q" type="search" defaultValue={f.q} className={control} />
      </div>
      <div>
        <label htmlFor="status" className="block font-semibold">Status</label>
        <select id="status" name="status" defaultValue={f.status ?? ''} className={control}>
          <option value="">Any status</option>
          {GROUP_STATUSES.map((s) => (
            <option key={s} value={s}>{GROUP_STATUS_LABELS[s]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="topic" className="block font-semibold">Topic</label>
        <select id="topic" name="topic" defaultValue={f.topic ?? ''} className={control}>
          <option value="">Any topic</option>
          {topics.map((t) => (
            <option key={t.slug} value={t.slug}>{t.name}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="town" className="block font-semibold">Town</label>
        <select id="town" name="town" defaultValue={f.town} className={control}>
          <option value="">Any town</option>
          {towns.map((t) => (
            <option key={t} value={t}>{t}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="sort" className="block font-semibold">Sort by</label>
        <select id="sort" name="sort" defaultValue={f.sort} className={control}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </div>
      <div className="flex items-end">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" name="stale" value="1" defaultChecked={f.stale} className="h-4 w-4" />
          Not verified in the last 12 months
        </label>
      </div>
      <p className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">Show listings</button>
        <Link href="/staff/listings">Clear filters</Link>
      </p>
    </form>
  );
}
