// Test helpers for direct database access (raw SQL checks, factories).
import { db } from '../../lib/db.ts';

export { db };

export async function rawQuery<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  return db.$queryRawUnsafe<T[]>(sql, ...params);
}
