import 'server-only';
// Everything the results page finds for a search, in one call, so the page
// and the search-quality table (tests/search-quality) judge the same thing:
// the place understood, one page of groups, and, when nothing matched, the
// groups offered instead.
import type { SearchFilters } from './schema.ts';
import { understandPlace, type UnderstoodPlace } from './origin.ts';
import { searchGroups, type SearchHit, type SearchPage } from './data.ts';
import { helpForEmptyPage, type EmptyPageHelp } from './help-data.ts';

export type ResultsPage = { understood: UnderstoodPlace; result: SearchPage; help: EmptyPageHelp | null };

export async function findForResultsPage(asked: SearchFilters, now = new Date()): Promise<ResultsPage> {
  const understood = understandPlace(asked);
  const result = await searchGroups(understood.filters, understood.origin, now);
  // Nothing found: still offer groups about what the words name (or any topic).
  const help = result.total === 0 ? await helpForEmptyPage(understood.filters, understood.origin, result.reading.topics, now) : null;
  return { understood, result, help };
}

/** The groups the page shows, top to bottom: the results, or else the offers (nearest first). */
export function groupsShown({ result, help }: ResultsPage): SearchHit[] {
  return result.hits.length ? result.hits : [...(help?.nearest ?? []), ...(help?.remote ?? [])];
}
