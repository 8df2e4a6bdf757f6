import { FilterActions, FilterSearch, FilterSelect } from '../list-filters';
import type { SubmissionFilters } from '@/lib/submissions/staff-list-schema';
import { SUBMISSION_KIND_LABELS, SUBMISSION_STATUS_LABELS } from './labels';

/** A GET form: the filters live in the address, so a reload or a shared link shows the same queue. */
export function SubmissionFiltersForm({ f }: { f: SubmissionFilters }) {
  return (
    <form method="get" action="/staff/submissions" role="search" aria-label="Filter submissions" className="grid gap-3 rounded border border-slate-300 bg-brand-50 p-4 sm:grid-cols-2 lg:grid-cols-4">
      <FilterSearch label="Submitter or group" value={f.q} />
      <FilterSelect name="status" label="Status" value={f.status} options={Object.entries(SUBMISSION_STATUS_LABELS)} />
      <FilterSelect name="kind" label="Kind" value={f.kind} any="Any kind" options={Object.entries(SUBMISSION_KIND_LABELS)} />
      <FilterSelect name="sort" label="Sort by" value={f.sort} options={[['oldest', 'Waiting longest first'], ['newest', 'Newest first']]} />
      <FilterActions submit="Show submissions" clearHref="/staff/submissions" className="sm:col-span-2 lg:col-span-4" />
    </form>
  );
}
