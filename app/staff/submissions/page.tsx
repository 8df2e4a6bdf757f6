import type { Metadata } from 'next';
import Link from 'next/link';
import { PageNotice } from '@/components/group/page-notice';
import { Pagination } from '@/components/group/pagination';
import { SUBMISSION_KIND_LABELS } from '@/components/staff/submissions/labels';
import { SubmissionFiltersForm } from '@/components/staff/submissions/submission-filters';
import { UrlProblems } from '@/components/staff/shell/url-problems';
import { shortDateTime } from '@/components/staff/status-labels';
import { requireStaffPage } from '@/lib/staff/guards';
import { listSubmissions } from '@/lib/submissions/staff-data';
import { readSubmissionFilters, submissionFiltersQuery } from '@/lib/submissions/staff-list-schema';
import { ownEntry } from '@/lib/forms/form-values';

export const metadata: Metadata = { title: 'Submissions' };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const DONE: Record<string, string> = { approved: 'The submission was approved and the submitter was told by email.', declined: 'The submission was declined and the submitter was told why by email.' };

export default async function SubmissionsPage({ searchParams }: Props) {
  await requireStaffPage();
  const sp = await searchParams;
  const { filters: f, problems } = readSubmissionFilters(sp);
  const { rows, total, page, pageCount, requestedPage } = await listSubmissions(f);
  const done = ownEntry(DONE, sp.done);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Submissions</h1>
      {done && <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3">{done}</p>}
      <div className="mt-4"><SubmissionFiltersForm f={f} /></div>
      <UrlProblems problems={problems} />
      <p className="mt-4" role="status" data-testid="submission-count">{total} {total === 1 ? 'submission' : 'submissions'}, {f.sort === 'oldest' ? 'waiting longest first' : 'newest first'}</p>
      <PageNotice requested={requestedPage} shown={page} pageCount={pageCount} />
      {rows.length > 0 ? (
        <ul className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
          {rows.map((s) => (
            <li key={s.id} className="p-3" data-testid="submission-row">
              <Link href={`/staff/submissions/${s.id}`} className="font-semibold break-words">
                {SUBMISSION_KIND_LABELS[s.kind]}: {s.group?.name ?? (typeof s.payload === 'object' && s.payload && 'name' in s.payload ? String(s.payload.name) : 'a new group')}
              </Link>
              <p className="text-sm text-slate-700">From {s.submitterName}, {shortDateTime(s.createdAt)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3">Nothing here.</p>
      )}
      <Pagination page={page} pageCount={pageCount} basePath="/staff/submissions" query={submissionFiltersQuery(f)} label="Submission pages" />
    </>
  );
}
