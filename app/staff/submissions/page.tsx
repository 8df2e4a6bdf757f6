import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/components/group/pagination';
import { SUBMISSION_KIND_LABELS, SUBMISSION_STATUS_LABELS } from '@/components/staff/submissions/labels';
import { shortDateTime } from '@/components/staff/status-labels';
import { requireStaffPage } from '@/lib/staff/guards';
import { listSubmissions } from '@/lib/submissions/staff-data';
import { parseSubmissionFilters } from '@/lib/submissions/staff-list-schema';
import { ownEntry } from '@/lib/forms/form-values';

export const metadata: Metadata = { title: 'Submissions' };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const DONE: Record<string, string> = { approved: 'The submission was approved and the submitter was told by email.', declined: 'The submission was declined and the submitter was told why by email.' };
const control = 'mt-1 w-full rounded border border-slate-500 bg-white px-2 py-1';

export default async function SubmissionsPage({ searchParams }: Props) {
  await requireStaffPage();
  const sp = await searchParams;
  const f = parseSubmissionFilters(sp);
  const { rows, total, page, pageCount } = await listSubmissions(f);
  const done = ownEntry(DONE, sp.done);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Submissions</h1>
      {done && <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3">{done}</p>}
      <form method="get" action="/staff/submissions" className="mt-4 grid gap-3 rounded border border-slate-300 bg-brand-50 p-4 sm:grid-cols-3">
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
        <p className="flex items-end"><button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">Show</button></p>
      </form>
      <p className="mt-4" role="status">{total} {total === 1 ? 'submission' : 'submissions'}, oldest first</p>
      {rows.length > 0 ? (
        <ul className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
          {rows.map((s) => (
            <li key={s.id} className="p-3" data-testid="submission-row">
              <Link href={`/staff/submissions/${s.id}`} className="font-semibold">
                {SUBMISSION_KIND_LABELS[s.kind]}: {s.group?.name ?? (typeof s.payload === 'object' && s.payload && 'name' in s.payload ? String(s.payload.name) : 'a new group')}
              </Link>
              <p className="text-sm text-slate-700">From {s.submitterName}, {shortDateTime(s.createdAt)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3">Nothing here.</p>
      )}
      <Pagination page={page} pageCount={pageCount} basePath="/staff/submissions" query={{ status: f.status, ...(f.kind ? { kind: f.kind } : {}) }} label="Submission pages" />
    </>
  );
}
