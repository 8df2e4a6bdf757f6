import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/staff/guards';
import { listTopicsForStaff } from '@/lib/listings/topics-staff-data';
import { ownEntry } from '@/lib/forms/form-values';
import { ScrollRegion } from '@/components/ui/scroll-region';

export const metadata: Metadata = { title: 'Topics' };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const DONE: Record<string, string> = { created: 'The topic was created.', saved: 'The topic was saved; its groups are re-indexed for search.' };

export default async function StaffTopicsPage({ searchParams }: Props) {
  await requireStaffPage();
  const topics = await listTopicsForStaff();
  const done = ownEntry(DONE, (await searchParams).done);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">Topics</h1>
        <Link href="/staff/topics/new" className="font-semibold">Add a topic</Link>
      </div>
      {done && <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3">{done}</p>}
      <ScrollRegion label="Topics" className="mt-4">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Topics A–Z</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">Name</th>
              <th scope="col" className="p-2">Address</th>
              <th scope="col" className="p-2">Keywords</th>
              <th scope="col" className="p-2">Groups</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((t) => (
              <tr key={t.slug} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-normal"><Link href={`/staff/topics/${t.slug}`}>{t.name}</Link></th>
                <td className="p-2">{t.slug}</td>
                <td className="p-2">{t.keywords.join(', ') || '—'}</td>
                <td className="p-2">{t._count.groups}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
