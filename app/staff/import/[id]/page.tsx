import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { ApplyForm } from '@/components/staff/import/apply-form';
import { ImportCounts, ImportPlan } from '@/components/staff/import/import-plan';
import { planImport } from '@/lib/open-data/import/plan-data';
import { getImportRun, type StoredRecords } from '@/lib/open-data/import/runs-data';
import { requireStaffPage } from '@/lib/staff/guards';
import { applyImportAction } from '../actions/apply-import-action';

export const metadata: Metadata = { title: 'Import: dry run' };

export default async function ImportRunPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaffPage('ADMIN');
  const { id } = await params;
  const run = await getImportRun(id);
  if (!run) notFound();
  if (run.stage === 'MAPPING') redirect(`/staff/import/${id}/columns`);
  if (run.stage === 'APPLIED' && run.result) {
    return (
      <>
        <h1 className="text-3xl font-bold text-brand-900">Import applied</h1>
        <p role="status" className="mt-4 rounded border-2 border-brand-700 bg-brand-50 p-4 font-semibold">
          {run.fileName} was imported{run.publish ? '' : '; new listings are drafts'}.
        </p>
        <ImportCounts counts={run.result} />
        <p className="mt-4">
          <Link href="/staff/listings" className="font-semibold">Go to the listings</Link> · <Link href="/staff/import" className="font-semibold">Import another file</Link>
        </p>
      </>
    );
  }
  // Judged again now: the directory may have changed since the upload.
  const { records, notes } = run.payload as StoredRecords;
  const plan = await planImport(records);
  const changes = plan.counts.create + plan.counts.update;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Import: dry run</h1>
      <p className="mt-2">
        {run.fileName}: nothing has changed yet. {run.publish ? 'New listings will be published at once.' : 'New listings will be drafts.'}
      </p>
      {notes.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-slate-700">
          {notes.map((n) => <li key={n}>{n}</li>)}
        </ul>
      )}
      <ImportCounts counts={plan.counts} />
      <ImportPlan rows={plan.rows} />
      {plan.counts.reject === 0 && changes > 0 ? (
        <ApplyForm action={applyImportAction} id={run.id} label={`Import ${changes} ${changes === 1 ? 'listing' : 'listings'}`} />
      ) : (
        <p className="mt-4 font-semibold">
          This cannot be applied now. <Link href="/staff/import">Upload the file again</Link>.
        </p>
      )}
    </>
  );
}
