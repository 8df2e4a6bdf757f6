import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { FactSheetTool } from '@/components/fact-sheets/fact-sheet-tool';
import { PrintButton } from '@/components/fact-sheets/print-button';
import { FindAGroup, RelatedSheets } from '@/components/fact-sheets/sheet-links';
import { TableOfContents } from '@/components/fact-sheets/table-of-contents';
import { getPublishedFactSheetBySlug } from '@/lib/fact-sheets/data';
import { env } from '@/lib/env';
import { getChecklist } from '@/lib/fact-sheets/checklists';
import { absoluteUrl } from '@/lib/fact-sheets/links';
import { renderFactSheet } from '@/lib/fact-sheets/render';
import { DIRECTORY_TIME_ZONE, SITE } from '@/lib/site';
import { parseComfortAgreementParams } from '@/lib/fact-sheets/schema';
import '../fact-sheet.css';
import '../print.css';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Metadata and page read the same sheet once per request; a malformed or
// unknown address is a 404, never a database error.
const loadSheet = cache(async (slug: string) => {
  if (slug.length > 100 || !SLUG.test(slug)) notFound();
  const sheet = await getPublishedFactSheetBySlug(slug);
  if (!sheet) notFound();
  return sheet;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const sheet = await loadSheet((await params).slug);
  return { title: sheet.title, description: sheet.summary || undefined };
}

function sheetDate(date: Date) {
  const zone = { timeZone: DIRECTORY_TIME_ZONE };
  return {
    iso: new Intl.DateTimeFormat('en-CA', { ...zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date),
    text: new Intl.DateTimeFormat('en-CA', { ...zone, dateStyle: 'long' }).format(date),
  };
}

export default async function FactSheetPage({ params, searchParams }: Props) {
  const sheet = await loadSheet((await params).slug);
  const siteUrl = env().SITE_URL;
  const path = `/fact-sheets/${sheet.slug}`;
  const { parts, toc } = renderFactSheet(sheet.body, { siteUrl });
  const agreement = parseComfortAgreementParams(await searchParams);
  const updated = sheetDate(sheet.updatedAt);

  return (
    <article className="fact-sheet" aria-labelledby="fact-sheet-title">
      <p className="hidden border-b border-black pb-1 text-sm print:block">
        {SITE.name} · Fact sheet · {absoluteUrl(path, siteUrl)}
      </p>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/fact-sheets" className="inline-flex min-h-11 items-center">
          All fact sheets
        </Link>
      </nav>
      <header className="mt-3 max-w-3xl">
        <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">{sheet.audienceLabel}</p>
        <h1 id="fact-sheet-title" className="mt-1 text-3xl font-bold text-brand-900">
          {sheet.title}
        </h1>
        {sheet.summary && <p className="mt-2 text-lg">{sheet.summary}</p>}
        <p className="mt-2 text-sm text-slate-700">
          Last updated <time dateTime={updated.iso}>{updated.text}</time>
        </p>
        <PrintButton label="Print this fact sheet" className="mt-3" />
      </header>
      <div className="mt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:items-start lg:gap-10">
        <TableOfContents toc={toc} className="mb-6 lg:sticky lg:top-4 lg:order-2" />
        <div className="min-w-0 max-w-3xl">
          {parts.map((part, i) => {
            if (part.kind === 'html') {
              // Sanitised with an allow-list in lib/fact-sheets/sanitize.ts.
              return <div key={i} className="fact-sheet-prose" dangerouslySetInnerHTML={{ __html: part.html }} />;
            }
            const checklist = getChecklist(part.toolId);
            return checklist ? (
              <FactSheetTool key={i} checklist={checklist} heading={part.heading} sheetPath={path} agreement={agreement} />
            ) : null;
          })}
          <FindAGroup topics={sheet.topics} siteUrl={siteUrl} />
          <RelatedSheets sheets={sheet.related} siteUrl={siteUrl} />
        </div>
      </div>
      <footer className="mt-8 hidden border-t border-black pt-1 text-sm print:block">
        From the {SITE.name} ({siteUrl}). Last updated {updated.text}. A self-help group is not crisis care: in an
        emergency call 911; to talk about suicide, call or text 9-8-8.
      </footer>
    </article>
  );
}
