// Which PostgreSQL the commands use: DATABASE_URL when set, otherwise the
// embedded server with its data kept in .data/ (git-ignored).
import path from 'node:path';
import { root } from './schema-engine.ts';
import { startEmbeddedDb, type RunningDb } from './embedded-db.ts';

// SELFHELP_DATA_DIR lets the e2e tests run a separate, throwaway instance.
export const dataDir = process.env.SELFHELP_DATA_DIR ? path.resolve(process.env.SELFHELP_DATA_DIR) : path.join(root, '.data');

export async function resolveDatabase(log: (line: string) => void = () => {}): Promise<RunningDb & { embedded: boolean }> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return { url: external, adminUrl: external, port: Number(new URL(external).port || 5432), embedded: false, stop: async () => {} };
  }
  const db = await startEmbeddedDb({
    dataDir: path.join(dataDir, 'pg'),
    database: 'selfhelp',
    persistent: true,
    port: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined,
    log,
  });
  return { ...db, embedded: true };
}
