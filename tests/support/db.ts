// Test helpers for direct database access (raw SQL checks, factories).
// `db` is the app's own role; `asOwner` runs SQL as the owner, for the rare
// test that must change a table (tests/support/test-db.ts).
import pg from 'pg';
import { db } from '../../lib/db.ts';

export { db };

export async function rawQuery<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  return db.$queryRawUnsafe<T[]>(sql, ...params);
}

export async function asOwner(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
