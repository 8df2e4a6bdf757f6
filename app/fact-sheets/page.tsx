import type { Metadata } from 'next';
import Link from 'next/link';
import { listPublishedFactSheets } from '@/lib/fact-sheets/data';

export const metadata: Metadata = {
  title: 'Fact sheets',
  description: 'Plain-language guides to self-help groups: what to expect, how to find the right group, how to start one, and how professionals can help.',
};

export default async function FactSheetsPage() {
  const shelves = await listPublishedFactSheets();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Fact sheets</h1>
      <p className="mt-2 max-w-2xl text-lg">
        Short, plain-language guides about self-help groups. Each one prints as a handout, and some include a self-check
        you can fill in.
      </p>
      {shelves.length === 0 && <p className="mt-6">There are no fact sheets to show yet. Please check back soon.</p>}
      {shelves.map((shelf) => (
        <section key={shelf.audience} aria-labelledby={`shelf-${shelf.audience}`} className="mt-8">
          <h2 id={`shelf-${shelf.audience}`} className="text-2xl font-semibold">
            {shelf.label}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {shelf.sheets.map((sheet) => (
              <li key={sheet.slug} className="rounded border border-slate-200 p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/fact-sheets/${sheet.slug}`} className="inline-flex min-h-11 items-center">
                    {sheet.title}
                  </Link>
                </h3>
                <p className="mt-1 text-slate-700">{sheet.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
