// A search statement that needs its own planner settings gets them for
// itself alone, in one round trip, on the app's pool (decision 042): the
// settings hold while it is planned and run, the next statement on the same
// connection sees the defaults, its values stay bound parameters, and a
// failure leaves nothing written and the connection fit for the next page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { dbPool } from '../../lib/db.ts';
import { Prisma } from '../../lib/generated/prisma/client.ts';
import { queryUnderSettings } from '../../lib/search/settings-query.ts';
import { queryWith, searchStatements, WALK } from '../../lib/search/statements.ts';

let client: pg.PoolClient;
beforeEach(async () => {
  client = await dbPool().connect();
});
afterEach(() => client.release());

const setting = async (name: string) => (await client.query<{ v: string }>('SELECT current_setting($1) AS v', [name])).rows[0]!.v;

describe('a statement under its own planner settings', () => {
  it('is planned and run under them, and the next statement is not', async () => {
    const rows = await queryUnderSettings<{ seq: string; hash: string }>(
      client,
      { enable_seqscan: 'off', enable_hashjoin: 'off' },
      'SELECT current_setting($1) AS seq, current_setting($2) AS hash',
      ['enable_seqscan', 'enable_hashjoin'],
    );
    expect(rows).toEqual([{ seq: 'off', hash: 'off' }]);
    expect(await setting('enable_seqscan')).toBe('on');
    expect(await setting('enable_hashjoin')).toBe('on');

    // The planner itself reads them: a full read of a table is marked ruled out.
    const plan = await queryUnderSettings<{ 'QUERY PLAN': string }>(client, { enable_seqscan: 'off' }, 'EXPLAIN SELECT * FROM "Topic" WHERE name <> $1', ['x']);
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Disabled: true|Index/);
    const free = await client.query<{ 'QUERY PLAN': string }>('EXPLAIN SELECT * FROM "Topic" WHERE name <> $1', ['x']);
    expect(free.rows.map((r) => r['QUERY PLAN']).join('\n')).not.toMatch(/Disabled: true/);
  });

  it('keeps what a visitor typed a bound value, quotes and all', async () => {
    const typed = `grief'); DROP TABLE "Group"; -- \\ "$1" 沈黙 ⁠`;
    const rows = await queryUnderSettings<{ v: string; n: number }>(client, WALK, 'SELECT $1::text AS v, (SELECT count(*)::int FROM "Group") AS n', [typed]);
    expect(rows[0]!.v).toBe(typed);
    expect(typeof rows[0]!.n).toBe('number');
  });

  it('fails whole: an error writes nothing and the connection serves the next statement', async () => {
    await client.query('CREATE TEMP TABLE IF NOT EXISTS written (n int)');
    await client.query('TRUNCATE written');
    await expect(
      queryUnderSettings(client, WALK, 'WITH w AS (INSERT INTO written VALUES ($1) RETURNING n) SELECT 1 / (n - n) FROM w', [7]),
    ).rejects.toThrow(/division by zero/);
    expect((await client.query('SELECT count(*)::int AS n FROM written')).rows[0].n).toBe(0);
    expect(await setting('enable_seqscan')).toBe('on');
  });

  it('refuses a setting PostgreSQL does not know, before the statement runs', async () => {
    await client.query('CREATE TEMP TABLE IF NOT EXISTS written (n int)');
    await client.query('TRUNCATE written');
    await expect(
      queryUnderSettings(client, { enable_no_such_plan: 'off' }, 'INSERT INTO written VALUES ($1) RETURNING n', [1]),
    ).rejects.toThrow(/enable_no_such_plan/);
    expect((await client.query('SELECT count(*)::int AS n FROM written')).rows[0].n).toBe(0);
  });
});

describe("search's statements", () => {
  it('tell the benchmark their settings as SET LOCAL lines', async () => {
    const heard: string[][] = [];
    searchStatements.listener = (_s, settings) => heard.push(settings);
    try {
      const rows = await queryWith<{ v: string }>({ enable_memoize: 'off' }, Prisma.sql`SELECT current_setting('enable_memoize') AS v`);
      expect(rows).toEqual([{ v: 'off' }]);
    } finally {
      searchStatements.listener = null;
    }
    expect(heard).toEqual([['SET LOCAL enable_memoize = off']]);
  });
});
