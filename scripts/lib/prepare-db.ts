// Migrate, then seed when the database is empty: what `npm start` and the
// test harness both do before the app serves a request. Runs as the owner;
// also installs pg-boss's tables and, when the app has a role of its own,
// grants it what it needs (scripts/lib/app-role.ts).
import { applyMigrations } from './schema-engine.ts';
import { grantAppRole, type AppRole } from './app-role.ts';
import { createPrismaClient } from '../../lib/db-client.ts';
import { installJobSchema } from '../../lib/jobs/install.ts';
import { isSeeded, newStaffCredentials, seedDatabase, type StaffCredentials } from '../../prisma/seed/index.ts';

type Options = { seed: boolean; log?: (s: string) => void; onSeeded?: (c: StaffCredentials) => void; appRole?: AppRole };

export async function prepareDatabase(url: string, opts: Options) {
  const log = opts.log ?? (() => {});
  const applied = await applyMigrations(url);
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
  await installJobSchema(url);
  if (opts.appRole) await grantAppRole(url, opts.appRole);
  if (!opts.seed) return;
  const { prisma, pool } = createPrismaClient(url, { max: 4, connectTimeoutMs: 10_000, idleTimeoutMs: 10_000, statementTimeoutMs: 120_000 });
  try {
    if (!(await isSeeded(prisma))) {
      const creds = newStaffCredentials();
      const counts = await seedDatabase(prisma, creds);
      opts.onSeeded?.(creds);
      log(`Seeded ${counts.groups} groups, ${counts.topics} topics, ${counts.factSheets} fact sheets, ${counts.staff} staff accounts.`);
    }
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
}
