import 'server-only';
// What PostgreSQL's own statistics say about the directory: how many
// groups, how many in each common topic, how long each common name word's
// list is. Search reads them to choose how to count and which list to walk;
// they only pick plans, so each is read at most once a minute.
import { dbPool } from '../db.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { FACET } from '../vocabulary/index.ts';

const { sql } = Prisma;

async function read<T>(statement: Prisma.Sql): Promise<T[]> {
  return (await dbPool().query(statement.text, statement.values)).rows as T[];
}

/** `load`, called again only once its answer is a minute old. */
function keptAMinute<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: { value: T; at: number } | null = null;
  return async () => {
    if (!kept || Date.now() - kept.at >= 60_000) kept = { value: await load(), at: Date.now() };
    return kept.value;
  };
}

/** About how many groups there are (PostgreSQL's own figure). */
export const groupsInDirectory = keptAMinute(async () => {
  const rows = await read<{ n: number }>(sql`SELECT reltuples::float8 AS n FROM pg_class WHERE oid = '"Group"'::regclass`);
  return rows[0]?.n ?? 0;
});

/**
 * A column's most common values (or, for arrays and documents, elements)
 * starting with `prefix`, each with the share of rows that hold it, as
 * ANALYZE last sampled them.
 */
function commonShares(table: string, column: string, of: 'values' | 'elements', prefix = ''): () => Promise<Map<string, number>> {
  const [values, shares] = of === 'values' ? ['most_common_vals', 'most_common_freqs'] : ['most_common_elems', 'most_common_elem_freqs'];
  return keptAMinute(async () => {
    const rows = await read<{ v: string; share: number }>(sql`SELECT c.v, c.share::float8 AS share
      FROM pg_stats s, unnest(s.${Prisma.raw(values)}::text::text[], s.${Prisma.raw(shares)}) AS c(v, share)
      WHERE s.schemaname = current_schema() AND s.tablename = ${table} AND s.attname = ${column} AND starts_with(c.v, ${prefix})`);
    return new Map(rows.map((r) => [r.v, r.share]));
  });
}

/** The share of groups in each common topic, by its tag in the groups' facet statistics. */
const topicShares = commonShares('Group', 'facets', 'elements', FACET.topic);

/**
 * About how many groups are in a topic; null for a topic too rare to be in
 * the statistics, which the index counts cheaply.
 */
export async function groupsInTopic(slug: string): Promise<number | null> {
  const share = (await topicShares()).get(FACET.topic + slug);
  return share ? share * (await groupsInDirectory()) : null;
}

/** How long each common name word's list is, as a share of all name words; a rarer word counts 0. */
const nameWordShares = commonShares('GroupNameWord', 'word', 'values');
export const nameWordSizes = async () => {
  const shares = await nameWordShares();
  return (word: string) => shares.get(word) ?? 0;
};

/** The share of groups whose document holds each common lexeme; a rarer one counts 0. */
const lexemeShares = commonShares('Group', 'searchVector', 'elements');
export const documentShares = async () => {
  const shares = await lexemeShares();
  return (lexeme: string) => shares.get(lexeme) ?? 0;
};
