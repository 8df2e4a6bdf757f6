import type { Metadata } from 'next';
import Link from 'next/link';
import { listTopics } from '@/lib/listings/topics-data';
import { findForResultsPage } from '@/lib/search/results-page-data';
import { getSearchCards } from '@/lib/search/cards-data';
import { PAGE_SIZE, searchHref } from '@/lib/search/schema';
import { readSearch } from '@/lib/search/request';
import { SearchBox } from '@/components/search/search-box';
import { SearchFilters } from '@/components/search/filters';
import { ResultCards } from '@/components/search/result-card';
import { Pagination } from '@/components/search/pagination';
import { EmptyResults } from '@/components/search/empty-results';
import { activeFilters } from '@/components/search/active-filters';
import { ReadingNote } from '@/components/search/reading-note';
import { PlaceNote } from '@/components/search/place-note';
import { CrisisPanel } from '@/components/search/crisis-panel';
import { isCrisisQuery } from '@/lib/search/crisis';
import { env } from '@/lib/env';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filters } = readSearch(await searchParams);
  return { title: filters.q ? `Groups for “${filters.q}”` : 'Find a group' };
}

export default async function GroupsPage({ searchParams }: Props) {
  const { filters: asked, ignored } = readSearch(await searchParams);
  const [topics, found] = await Promise.all([listTopics(), findForResultsPage(asked)]);
  // A town typed at the end of the words has moved to the place box (f.where).
  const { understood, result, help } = found;
  const { filters: f, origin } = understood;
  const [cards = [], remoteCards = [], helpRemote = [], helpNearest = []] = await getSearchCards([result.hits, result.remote?.hits ?? [], help?.remote ?? [], help?.nearest ?? []]);
  const topicNames = new Map(topics.map((t) => [t.slug, t.name]));
  const helpAbout = help?.topics.length ? help.topics.map((t) => topicNames.get(t) ?? t).join(' or ') : null;
  const chips = activeFilters(f, topicNames, origin?.label ?? null);
  const from = (result.page - 1) * PAGE_SIZE + 1;

  const appliedFilters = chips.filter((c) => !c.label.startsWith('“') && !c.label.startsWith('Near ')).length;
  const summary = [f.q ? `“${f.q}”` : 'All groups', origin ? `near ${origin.label}` : ''].filter(Boolean).join(' ');

  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">Find a group</h1>
      {/* On a phone the search is one line with "Change search", so the first
          result is on the first screen; the form opens over the page. Wider
          screens show the form itself. Popovers need no JavaScript. */}
      <div className="mt-2 flex items-center gap-2 sm:hidden">
        <p className="min-w-0 flex-1 truncate font-semibold">{summary}</p>
        <button type="button" popoverTarget="search-panel" className="min-h-11 shrink-0 rounded border border-brand-800 px-3 font-semibold text-brand-800">
          Change search
        </button>
      </div>
      <div id="search-panel" popover="auto" className="search-panel">
        <form id="group-search" method="get" action="/groups" role="search" aria-label="Find a group" className="sm:mt-4">
          <SearchBox q={f.q} where={f.where} lat={f.where ? null : f.lat} lng={f.where ? null : f.lng} compact />
        </form>
      </div>
      {isCrisisQuery(f.q) ? <CrisisPanel phone={env().CLEARINGHOUSE_PHONE} /> : null}
      <div className="mt-4 grid gap-8 sm:mt-6 lg:grid-cols-[1fr_17rem]">
        <section aria-labelledby="results-heading">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="results-heading" className="text-xl font-semibold">
              {result.total === 0
                ? 'No groups found'
                : `${result.totalIsCapped ? `More than ${result.total.toLocaleString('en-CA')}` : result.total} ${result.total === 1 ? 'group' : 'groups'}${cards.length ? `, showing ${from}–${from + cards.length - 1}` : ''}`}
            </h2>
            <a href="#refine" className="hidden lg:inline">
              Skip to filters and sorting
            </a>
            <button type="button" popoverTarget="refine" className="min-h-11 rounded border border-brand-800 px-3 font-semibold text-brand-800 lg:hidden">
              Filters{appliedFilters ? ` (${appliedFilters})` : ''}
            </button>
          </div>
          {result.totalIsCapped ? (
            <p className="mt-1 text-slate-700">That is a lot to look through: a place, a topic or a day narrows it down.</p>
          ) : null}
          <PlaceNote f={f} understood={understood} />
          {ignored.length ? (
            <p className="mt-2 text-sm text-slate-700" role="status">
              Some parts of this link were not understood and were left out: {ignored.join(', ')}.
            </p>
          ) : null}
          <ReadingNote f={f} reading={result.reading} correctedQuery={result.correctedQuery} found={result.total > 0} />
          {chips.length ? (
            <ul className="mt-3 flex flex-wrap gap-2" aria-label="Your choices">
              {chips.map((c) => (
                <li key={c.href + c.label}>
                  <a href={c.href} className="inline-flex min-h-8 items-center rounded-full border border-brand-700 px-3 text-sm no-underline">
                    {c.label} <span aria-hidden="true">&nbsp;×</span>
                    <span className="sr-only"> (remove)</span>
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {cards.length ? (
            <ResultCards cards={cards} unit={f.unit} className="mt-3 space-y-3" />
          ) : (
            <div className="mt-3 space-y-3">
              <EmptyResults
                f={f}
                filters={chips}
                hasOrigin={origin !== null}
                pastEnd={result.total > 0}
                phone={env().CLEARINGHOUSE_PHONE}
                offers={help ? { about: helpAbout, remote: helpRemote, nearest: helpNearest, placeLabel: origin?.label ?? null } : null}
              />
            </div>
          )}
          <Pagination f={f} page={result.page} pageCount={result.pageCount} />
          {result.remote && remoteCards.length ? (
            <section aria-labelledby="remote-heading" className="mt-8 border-t border-slate-300 pt-6">
              <h2 id="remote-heading" className="text-xl font-semibold">
                Also meeting online or by phone
              </h2>
              <p className="mt-1 text-slate-700">You can join these from anywhere.</p>
              <ResultCards cards={remoteCards} unit={f.unit} className="mt-3 space-y-3" />
              <p className="mt-3">
                <Link href={searchHref(f, { where: '', lat: null, lng: null, attendance: ['online', 'phone'] })}>
                  See every group that meets online or by phone
                </Link>
              </p>
            </section>
          ) : null}
        </section>
        {/* Results come first in reading order; the filters follow them: beside
            them on wide screens, a sheet opened by "Filters" on narrower ones. */}
        <section id="refine" popover="auto" className="filter-sheet" aria-labelledby="refine-heading">
          <div className="flex items-center justify-between gap-2">
            <h2 id="refine-heading" className="text-lg font-semibold">
              Filters and sorting
            </h2>
            <button type="button" popoverTarget="refine" popoverTargetAction="hide" className="min-h-11 rounded border border-slate-500 px-3 lg:hidden">
              Close
            </button>
          </div>
          <SearchFilters f={f} topics={topics} form="group-search" />
        </section>
      </div>
    </>
  );
}
