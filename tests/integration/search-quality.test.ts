// Search quality as visitors judge it: for each thing people really type
// (tests/search-quality/queries.ts), does a good group show among the first
// five results of the seeded directory? A failure lists each search that
// missed with the groups that came back instead.
import { beforeAll, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { newStaffCredentials, seedDatabase } from '../../prisma/seed/index.ts';
import { refreshNextMeetings } from '../../lib/listings/next-meetings.ts';
import { QUERIES, type SearchQuery } from '../search-quality/queries.ts';
import { describeQuery, describeResult, evaluateSearch, percent, unanswerable, type Evaluation, type QueryResult } from '../search-quality/evaluate.ts';

let evaluation: Evaluation;

beforeAll(async () => {
  await seedDatabase(db, newStaffCredentials());
  await refreshNextMeetings();
  evaluation = await evaluateSearch(QUERIES);
}, 300_000);

const missed = (keep: (r: QueryResult) => boolean = () => true) => evaluation.results.filter((r) => r.rank === null && keep(r));
const listed = (rs: QueryResult[]) => rs.map(describeResult).join('\n');

it('asks only for groups the directory really has', async () => {
  const impossible = await unanswerable(QUERIES);
  expect(impossible.map((q: SearchQuery) => describeQuery(q)), 'No published group is a good answer to these rows of the table').toEqual([]);
});

it('shows a good group in the first five results for at least 95% of searches', () => {
  const { recall, mrr } = evaluation.overall;
  const misses = missed();
  expect(recall, `Recall@5 is ${percent(recall)} (MRR ${mrr.toFixed(3)}); ${misses.length} searches showed no good group in the first five:\n${listed(misses)}\n`).toBeGreaterThanOrEqual(0.95);
});

it('shows a good group in the first five results for every example in the issue', () => {
  const misses = missed((r) => r.category === 'issue example');
  expect(misses.length, `Examples from the issue with no good group in the first five:\n${listed(misses)}\n`).toBe(0);
});

it('never answers a search with an empty page', () => {
  const empty = evaluation.results.filter((r) => r.empty);
  expect(empty.length, `Searches that found no groups at all:\n${empty.map(describeQuery).join('\n')}\n`).toBe(0);
});
