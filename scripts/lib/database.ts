// Which PostgreSQL the commands use: DATABASE_URL when set, otherwise the
// embedded server with its data kept in .data/ (git-ignored). `url` is the
// owner's, for migrations, the seed and other commands; `appUrl` is what the
// running app connects with (scripts/lib/app-role.ts, decision 026).
import path from 'node:path';
import { root } from './schema-engine.ts';
import { startEmbeddedDb, type RunningDb } from './embedded-db.ts';
import { EMBEDDED_APP_ROLE, embeddedAppPassword, urlAs, userOf, type AppRole } from './app-role.ts';

// SELFHELP_DATA_DIR lets the e2e tests run a separate, throwaway instance.
export const dataDir = process.env.SELFHELP_DATA_DIR ? path.resolve(process.env.SELFHELP_DATA_DIR) : path.join(root, '.data');

export type ResolvedDb = RunningDb & {
  embedded: boolean;
  /** The running app's URL: its own role, or DATABASE_URL as given. */
  appUrl: string;
  /** The app's role when it differs from the owner: the migration step grants it what it needs. */
  appRole?: AppRole;
};

export async function resolveDatabase(log: (line: string) => void = () => {}): Promise<ResolvedDb> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const owner = process.env.MIGRATION_DATABASE_URL || external;
    const separate = userOf(owner) !== userOf(external);
    return {
      url: owner,
      adminUrl: owner,
      appUrl: external,
      ...(separate ? { appRole: { name: userOf(external) } } : {}),
      port: Number(new URL(external).port || 5432),
      embedded: false,
      stop: async () => {},
    };
  }
  const db = await startEmbeddedDb({
    dataDir: path.join(dataDir, 'pg'),
    database: 'selfhelp',
    persistent: true,
    port: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined,
    log,
  });
  const appRole = { name: EMBEDDED_APP_ROLE, password: embeddedAppPassword(dataDir) };
  return { ...db, embedded: true, appRole, appUrl: urlAs(db.url, appRole.name, appRole.password) };
}
