// `npm run keys:rotate`: seal every stored value again under the current key.
// The domains name their encrypted columns (e.g. lib/referrals/
// encrypted-fields.ts); this walks them in batches by id inside the caller's
// transaction, so a value that no configured key opens (or that was moved
// from another row) aborts the whole run and nothing is half rotated.
import { reencryptField, type KeyRing } from './aes.ts';

export type EncryptedTable = { table: string; columns: string[] };
export type RotationCount = { field: string; reencrypted: number; current: number };

/** What a Prisma transaction client offers; this module does not import Prisma itself. */
export type SqlRunner = {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
};

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function reencryptTable(sql: SqlRunner, spec: EncryptedTable, ring: KeyRing, batchSize = 500): Promise<RotationCount[]> {
  const counts = spec.columns.map((c) => ({ field: `${spec.table}.${c}`, reencrypted: 0, current: 0 }));
  const table = ident(spec.table);
  const anySet = spec.columns.map((c) => `${ident(c)} IS NOT NULL`).join(' OR ');
  let after = '';
  for (;;) {
    const rows = await sql.$queryRawUnsafe<Record<string, string | null>[]>(
      `SELECT id, ${spec.columns.map(ident).join(', ')} FROM ${table} WHERE id > $1 AND (${anySet}) ORDER BY id LIMIT ${batchSize} FOR UPDATE`,
      after,
    );
    for (const row of rows) {
      const rowId = row.id as string;
      for (const [i, column] of spec.columns.entries()) {
        const old = row[column];
        if (!old) continue;
        let fresh: string | null;
        try {
          fresh = reencryptField(old, { table: spec.table, column, rowId }, ring);
        } catch (err) {
          throw new Error(`${spec.table}.${column} of row ${rowId}: ${err instanceof Error ? err.message : String(err)}`);
        }
        const count = counts[i] as RotationCount;
        if (fresh === null) {
          count.current++;
          continue;
        }
        await sql.$executeRawUnsafe(`UPDATE ${table} SET ${ident(column)} = $1 WHERE id = $2`, fresh, rowId);
        count.reencrypted++;
      }
    }
    if (rows.length < batchSize) break;
    after = rows[rows.length - 1]?.id as string;
  }
  return counts;
}
