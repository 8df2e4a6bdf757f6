import 'server-only';
// How search statements reach PostgreSQL: one at a time, or each under
// planner settings that hold for it alone.
import { dbPool } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { queryUnderSettings, type PlannerSettings } from './settings-query.ts';

/**
 * Every statement a search runs passes through here, with its settings as
 * SET LOCAL lines; the benchmark listens to print query plans.
 */
export const searchStatements: { listener: ((s: Prisma.Sql, settings: string[]) => void) | null } = { listener: null };
// Search statements are raw SQL already, so they go to the process's pool
// (lib/db.ts) without Prisma: on this machine Prisma's raw path cost 0.54 ms
// of server CPU a statement against pg's 0.17, and 1.06 against 0.20 for a
// statement with a planner setting in its own transaction, and a results page
// runs eight to fifteen of them (decision 035). Every value is still a bound
// parameter; integers come back as strings, read with Number().
export async function query<T>(statement: Prisma.Sql): Promise<T[]> {
  searchStatements.listener?.(statement, []);
  return (await dbPool().query(statement.text, statement.values)).rows as T[];
}

// Reading every group to test its document is never right: since documents
// hold English and French, testing one costs about 10 µs (a 100,000-group
// scan, a second), while the search index answers in a few milliseconds.
// PostgreSQL cannot estimate how many documents a tsquery matches, so with a
// LIMIT or an EXISTS it bets on finding matches early in a full read, and
// loses badly when there are few or none ("alchohol", "groupe de deuil").
// A full read is a scan of the table or, as well, a walk down the index of
// published groups in A–Z order (decision 042): at a million groups
// "groupe de deuil" walked it to test 958,000 documents (4 s). Statements
// that gather matches rule out table scans here, and their conditions are
// written so that no index on groups but the search index can answer them
// (data.ts, decisions 049 and 050): the search index hands matches over.
// Index scans stay open, for each candidate's meetings, read by its group.
const GATHER: PlannerSettings = { enable_seqscan: 'off' };
export const queryGathered = <T>(statement: Prisma.Sql) => queryWith<T>(GATHER, statement);

// Groups in A–Z order without words, or soonest first: straight off the
// ordered index, never the whole table. A soonest-first page with words
// may walk that index too, and stops at a page (at a million groups,
// "alchohol" and "chemo" online, soonest first: 1.6 and 3.5 ms).
const ORDERED: PlannerSettings = { enable_seqscan: 'off' };
export const queryOrdered = <T>(statement: Prisma.Sql) => queryWith<T>(ORDERED, statement);

/** One statement under planner settings that hold for it alone, in one round trip (settings-query.ts). */
export async function queryWith<T>(settings: PlannerSettings, statement: Prisma.Sql): Promise<T[]> {
  searchStatements.listener?.(statement, Object.entries(settings).map(([name, value]) => `SET LOCAL ${name} = ${value}`));
  const client = await dbPool().connect();
  try {
    return await queryUnderSettings<T>(client, settings, statement.text, statement.values);
  } finally {
    // pg's pool closes a connection that broke rather than handing it on.
    client.release();
  }
}

// PostgreSQL cannot estimate cube containment (it guessed 85 meetings for
// 10,000 in one radius), so it would collect and sort every meeting in the
// circle rather than walk the GiST index in distance order. For that one
// statement, its transaction rules those plans out.
const WALK_NEAREST: PlannerSettings = { enable_bitmapscan: 'off', enable_sort: 'off' };
export const queryNearest = <T>(statement: Prisma.Sql) => queryWith<T>(WALK_NEAREST, statement);

// The walk is a handful of look-ups by id in list order. Without these,
// PostgreSQL may gather the matches and hash them against the list instead,
// share a long walk among worker processes, whose start (5–8 ms here) costs
// more than the walk (a count down a topic's list: 9.4 ms, 2 of them
// walking), or cache each look-up, when a list names each group once.
export const WALK: PlannerSettings = {
  enable_hashjoin: 'off',
  enable_mergejoin: 'off',
  enable_bitmapscan: 'off',
  enable_seqscan: 'off',
  enable_memoize: 'off',
  max_parallel_workers_per_gather: '0',
};

/** The ways to count (count.ts). */
export type CountWay = 'index' | 'storage' | 'topic' | 'topic-first' | 'nearest' | 'list';

/**
 * Tests force each choice, to show every way gives the same groups; null
 * decides as in production (`walk: true` walks at any depth; `count:
 * 'topic'` counts down a topic's list wherever one of the two kinds is
 * there, else as `index`).
 */
export const searchTuning: { count: CountWay | null; walk: boolean | null } = { count: null, walk: null };
