// A dropped database connection costs one request an error, never the process.
import { describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/db-client.ts';

describe('database pool', () => {
  it('recovers after its connections are killed by the server', async () => {
    const url = process.env.DATABASE_URL as string;
    const { prisma, pool } = createPrismaClient(url, { max: 2, connectTimeoutMs: 2000, idleTimeoutMs: 10_000, statementTimeoutMs: 5000 });
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(String(m));
    try {
      await prisma.$queryRaw`SELECT 1`;
      const { prisma: other, pool: otherPool } = createPrismaClient(url, { max: 1, connectTimeoutMs: 2000, idleTimeoutMs: 1000, statementTimeoutMs: 5000 });
      await other.$executeRawUnsafe(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      await other.$disconnect();
      await otherPool.end();
      // The idle client died: the pool reports it and the next query works.
      await new Promise((r) => setTimeout(r, 200));
      const rows = await prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`;
      expect(rows[0]?.ok).toBe(1);
      expect(warnings.some((w) => w.includes('idle connection lost'))).toBe(true);
    } finally {
      console.warn = warn;
      await prisma.$disconnect();
      await pool.end();
    }
  });
});
