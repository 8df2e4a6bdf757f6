import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { shortDateTime } from '@/components/staff/status-labels';
import { requireStaffPage } from '@/lib/staff/guards';
import { listFactSheetRevisions } from '@/lib/fact-sheets/data';
import { getFactSheetForEdit } from '@/lib/fact-sheets/staff-data';
import { lineDiff } from '@/lib/fact-sheets/line-diff';
import { restoreFactSheetRevisionAction } from '../../actions/restore-fact-sheet-revision-action';

export const metadata: Metadata = { title: 'Fact sheet revisions' };
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const MARK = { added: { sign: '+', words: 'Added', cls: 'bg-green-50' }, removed: { sign: '−', words: 'Removed', cls: 'bg-red-50 line-through decoration-red-800' }, same: { sign: ' ', words: 'Unchanged', cls: '' } } as const;

export default async function RevisionsPage({ params, searchParams }: Props) {
  await requireStaffPage();
  const { slug } = await params;
  const sheet = await getFactSheetForEdit(slug);
  if (!sheet) notFound();
  const sp = await searchParams;
  const revisions = (await listFactSheetRevisions(slug)).reverse();
  const number = new Map(revisions.map((r, i) => [r.id, revisions.length - i]));
  const a = revisions.find((r) => r.id === sp.a);
  const b = revisions.find((r) => r.id === sp.b);
  const diff = a && b ? lineDiff(`${a.title}\n${a.summary}\n\n${a.body}`, `${b.title}\n${b.summary}\n\n${b.body}`) : null;
  const label = (r: (typeof revisions)[number]) => `Revision ${number.get(r.id)}, ${shortDateTime(r.createdAt)}, by ${r.author?.name ?? (r.authorLabel || 'unknown')}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm"><Link href={`/staff/fact-sheets/${slug}`}>Back to the editor</Link></nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Revisions of “{sheet.title}”</h1>
      {sp.done === 'restored' && <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3" data-testid="notice">The older words were restored as a new revision.</p>}
      {diff && a && b && (
        <section aria-labelledby="diff-heading" className="mt-6">
          <h2 id="diff-heading" className="text-xl font-semibold">Changes from revision {number.get(a.id)} to revision {number.get(b.id)}</h2>
          <ol className="mt-2 overflow-x-auto rounded border border-slate-300 font-mono text-sm" data-testid="revision-diff">
            {diff.map((line, i) => (
              <li key={i} className={`px-2 whitespace-pre-wrap [overflow-wrap:anywhere] ${MARK[line.kind].cls}`}>
                <span aria-hidden="true">{MARK[line.kind].sign} </span>
                {line.kind !== 'same' && <span className="sr-only">{MARK[line.kind].words}: </span>}
                {line.text || ' '}
              </li>
            ))}
          </ol>
        </section>
      )}
      <form method="get" className="mt-6">
        <table className="w-full border-collapse text-left">
          <caption className="text-left font-semibold">Choose two revisions to compare, or restore an older one</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">Revision</th>
              <th scope="col" className="p-2">Compare from</th>
              <th scope="col" className="p-2">Compare to</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r, i) => (
              <tr key={r.id} className="border-b border-slate-200" data-testid="revision-row">
                <th scope="row" className="p-2 font-normal">{label(r)}{i === 0 && <strong> (current)</strong>}</th>
                <td className="p-2"><input type="radio" name="a" value={r.id} defaultChecked={(a?.id ?? revisions[1]?.id) === r.id} aria-label={`Compare from revision ${number.get(r.id)}`} className="h-4 w-4" /></td>
                <td className="p-2"><input type="radio" name="b" value={r.id} defaultChecked={(b?.id ?? revisions[0]?.id) === r.id} aria-label={`Compare to revision ${number.get(r.id)}`} className="h-4 w-4" /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3"><button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">Compare</button></p>
      </form>
      <section aria-labelledby="restore-heading" className="mt-6">
        <h2 id="restore-heading" className="text-xl font-semibold">Restore</h2>
        <ul className="mt-2 space-y-2">
          {revisions.slice(1).map((r) => (
            <li key={r.id}>
              <form action={restoreFactSheetRevisionAction} className="flex flex-wrap items-center gap-3">
                <input type="hidden" name="slug" value={slug} />
                <input type="hidden" name="revisionId" value={r.id} />
                <span>{label(r)}</span>
                <button type="submit" className="rounded border border-brand-800 bg-white px-3 py-1 font-semibold text-brand-900 hover:bg-brand-50">Restore revision {number.get(r.id)}</button>
              </form>
            </li>
          ))}
        </ul>
        {revisions.length < 2 && <p>There is only one revision.</p>}
      </section>
    </>
  );
}
