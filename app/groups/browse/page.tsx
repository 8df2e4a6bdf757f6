import type { Metadata } from 'next';
import Link from 'next/link';
import { GroupList } from '@/components/group/group-list';
import { LetterIndex } from '@/components/group/letter-index';
import { PageNotice } from '@/components/group/page-notice';
import { Pagination } from '@/components/group/pagination';
import { listGroupLetters, listGroupsByLetter } from '@/lib/listings/browse';
import { BROWSE_LETTERS, BROWSE_PAGE_SIZE, parseLetter, parsePage } from '@/lib/listings/browse-schema';

export const metadata: Metadata = {
  title: 'Browse groups A–Z',
  description: 'Every self-help group in the directory, by the first letter of its name.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const describeLetter = (letter: string) => (letter === '#' ? 'a number' : `“${letter}”`);

export default async function BrowseGroupsPage({ searchParams }: Props) {
  const query = await searchParams;
  const letters = await listGroupLetters();
  // Without a usable ?letter=, open at A — or at the first letter that has groups, rather than an empty page.
  const letter = parseLetter(query.letter) ?? BROWSE_LETTERS.find((l) => letters.has(l)) ?? 'A';
  const result = await listGroupsByLetter(letter, parsePage(query.page));
  const first = (result.page - 1) * BROWSE_PAGE_SIZE + 1;

  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Browse groups A–Z</h1>
      <p className="mt-2 max-w-2xl">
        Every group by the first letter of its name. Looking for a kind of group? Try the{' '}
        <Link href="/topics">topics A–Z</Link>.
      </p>
      <LetterIndex
        label="Groups by first letter"
        letters={BROWSE_LETTERS}
        available={letters}
        current={letter}
        hrefFor={(l) => `/groups/browse?letter=${encodeURIComponent(l)}`}
        noun="groups"
      />
      <PageNotice requested={result.requestedPage} shown={result.page} pageCount={result.pageCount} />
      <h2 className="mt-6 text-2xl font-semibold">
        {result.total === 0
          ? `No groups start with ${describeLetter(letter)}`
          : `${result.total} ${result.total === 1 ? 'group starts' : 'groups start'} with ${describeLetter(letter)}`}
      </h2>
      {result.pageCount > 1 && (
        <p className="text-slate-700" data-testid="range">
          Showing {first}–{first + result.items.length - 1} of {result.total}
        </p>
      )}
      {result.total > 0 && <GroupList groups={result.items} headingLevel={3} />}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        basePath="/groups/browse"
        query={{ letter }}
        label="Pages of groups"
      />
    </>
  );
}
