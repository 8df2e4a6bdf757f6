// The end of a sheet: ways into the directory and sheets to read next. Each
// link carries its absolute address for the printed handout.
import Link from 'next/link';
import type { FactSheetCard } from '@/lib/fact-sheets/data';
import { absoluteUrl } from '@/lib/fact-sheets/links';

export function FindAGroup({ topics, siteUrl }: { topics: { slug: string; name: string }[]; siteUrl: string }) {
  const topicHref = (slug: string) => `/groups?topic=${encodeURIComponent(slug)}`;
  return (
    <section aria-labelledby="find-a-group-heading" className="mt-10 rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h2 id="find-a-group-heading" className="text-xl font-semibold text-brand-900">
        Looking for a group?
      </h2>
      <p className="mt-1">Search the directory by topic or by where you live.</p>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/groups" data-print-href={absoluteUrl('/groups', siteUrl)} className="inline-flex min-h-11 items-center font-semibold">
            Find a group
          </Link>
        </li>
        {topics.map((t) => (
          <li key={t.slug}>
            <Link href={topicHref(t.slug)} data-print-href={absoluteUrl(topicHref(t.slug), siteUrl)} className="inline-flex min-h-11 items-center">
              {t.name} groups
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RelatedSheets({ sheets, siteUrl }: { sheets: FactSheetCard[]; siteUrl: string }) {
  if (sheets.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-10">
      <h2 id="related-heading" className="text-xl font-semibold text-brand-900">
        Related fact sheets
      </h2>
      <ul className="mt-2 space-y-3">
        {sheets.map((s) => (
          <li key={s.slug}>
            <Link href={`/fact-sheets/${s.slug}`} data-print-href={absoluteUrl(`/fact-sheets/${s.slug}`, siteUrl)} className="inline-flex min-h-11 items-center font-semibold">
              {s.title}
            </Link>
            <p className="text-slate-700">{s.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
