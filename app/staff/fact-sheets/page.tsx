import type { Metadata } from 'next';
import Link from 'next/link';
import { shortDate } from '@/components/staff/status-labels';
import { requireStaffPage } from '@/lib/staff/guards';
import { AUDIENCE_LABELS } from '@/lib/fact-sheets/data';
import { listFactSheetsForStaff } from '@/lib/fact-sheets/staff-data';
import { ScrollRegion } from '@/components/ui/scroll-region';

export const metadata: Metadata = { title: 'Fact sheets' };

export default async function StaffFactSheetsPage() {
  await requireStaffPage();
  const sheets = await listFactSheetsForStaff();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Fact sheets</h1>
      <ScrollRegion label="Fact sheets" className="mt-4">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Every fact sheet</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">Title</th>
              <th scope="col" className="p-2">For</th>
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">Revisions</th>
              <th scope="col" className="p-2">Updated</th>
            </tr>
          </thead>
          <tbody>
            {sheets.map((s) => (
              <tr key={s.slug} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-normal"><Link href={`/staff/fact-sheets/${s.slug}`}>{s.title}</Link></th>
                <td className="p-2">{AUDIENCE_LABELS[s.audience]}</td>
                <td className="p-2">{s.status === 'PUBLISHED' ? 'Published' : 'Draft'}</td>
                <td className="p-2"><Link href={`/staff/fact-sheets/${s.slug}/revisions`}>{s._count.revisions}<span className="sr-only"> revisions of {s.title}</span></Link></td>
                <td className="p-2 whitespace-nowrap">{shortDate(s.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
