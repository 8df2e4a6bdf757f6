import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FactSheetEditor } from '@/components/staff/fact-sheets/fact-sheet-editor';
import { initialFormState } from '@/lib/forms/form-state';
import { requireStaffPage } from '@/lib/staff/guards';
import { getFactSheetForEdit } from '@/lib/fact-sheets/staff-data';
import { publishFactSheetAction } from '../actions/publish-fact-sheet-action';
import { saveFactSheetAction } from '../actions/save-fact-sheet-action';
import { unpublishFactSheetAction } from '../actions/unpublish-fact-sheet-action';
import '../../../fact-sheets/fact-sheet.css';
import { ownEntry } from '@/lib/forms/form-values';

export const metadata: Metadata = { title: 'Edit a fact sheet' };
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const DONE: Record<string, string> = { saved: 'Saved as a new revision.', publish: 'The sheet is published.', unpublish: 'The sheet is no longer public.' };

export default async function EditFactSheetPage({ params, searchParams }: Props) {
  await requireStaffPage();
  const sheet = await getFactSheetForEdit((await params).slug);
  if (!sheet) notFound();
  const done = ownEntry(DONE, (await searchParams).done);
  const published = sheet.status === 'PUBLISHED';
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/staff/fact-sheets">All fact sheets</Link></nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Edit “{sheet.title}”</h1>
      {done && <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3" data-testid="notice">{done}</p>}
      <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <span>Status: <strong>{published ? 'Published' : 'Draft'}</strong></span>
        <form action={published ? unpublishFactSheetAction : publishFactSheetAction}>
          <input type="hidden" name="slug" value={sheet.slug} />
          <button type="submit" className="rounded border border-brand-800 bg-white px-3 py-1 font-semibold text-brand-900 hover:bg-brand-50">{published ? 'Unpublish' : 'Publish'}</button>
        </form>
        <Link href={`/staff/fact-sheets/${sheet.slug}/revisions`}>Revisions</Link>
        {published && <Link href={`/fact-sheets/${sheet.slug}`}>Open the public page</Link>}
      </div>
      <FactSheetEditor
        key={sheet.updatedAt.toISOString()}
        action={saveFactSheetAction}
        slug={sheet.slug}
        initial={initialFormState({ title: sheet.title, summary: sheet.summary, body: sheet.body }, { previewHtml: null })}
      />
    </>
  );
}
