import Link from 'next/link';
import type { SubmissionFilters } from '@/lib/submissions/staff-list-schema';
import { SUBMISSION_KIND_LABELS, SUBMISSION_STATUS_LABELS } from './labels';

const control = 'mt-1 w-full min-w-0 rounded border border-slate-500 bg-white px-2 py-1';

/** A GET form: the filters live in the address, so a reload or a shared link shows the same queue. */
export function SubmissionFiltersForm({ f }: { f: SubmissionFilters }) {
  return (
    <form method="get" action="/staff/submissions" role="search" aria-label="Filter submissions" className="grid gap-3 rounded border border-slate-300 bg-brand-50 p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div>
        <label htmlFor="q" className="block font-semibold">Submitter or group</label>
        <input id="q" name="q" type="search" defaultValue={f.q} className={control} />
      </div>
      <div>
        <label htmlFor="status" className="block font-semibold">Status</label>
        <select id="status" name="status" defaultValue={f.status} className={control}>
          {Object.entries(SUBMISSION_STATUS_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="kind" className="block font-semibold">Kind</label>
        <select id="kind" name="kind" defaultValue={f.kind ?? ''} className={control}>
          <option value="">Any kind</option>
          {Object.entries(SUBMISSION_KIND_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="sort" className="block font-semibold">Sort by</label>
        <select id="sort" name="sort" defaultValue={f.sort} className={control}>
          <option value="oldest">Waiting longest first</option>
          <option value="newest">Newest first</option>
        </select>
      </div>
      <p className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">Show submissions</button>
        <Link href="/staff/submissions">Clear filters</Link>
      </p>
    </form>
  );
}
