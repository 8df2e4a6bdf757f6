// pg-boss's own tables (schema `pgboss`) are made and upgraded by the
// migration step, as the owner role, like every other table: the running app
// starts pg-boss with `migrate: false` and may not change tables at all
// (docs/decisions/026-keys-and-database-roles.md).
import { PgBoss } from 'pg-boss';

/** Creates or upgrades the pgboss schema through `connectionString` (the owner), then stops. */
export async function installJobSchema(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, max: 2, supervise: false, schedule: false, migrate: true });
  boss.on('error', (err: Error) => console.warn(`[jobs] ${err.message}`));
  await boss.start();
  // A graceful stop lets a schema upgrade's background index builds finish first.
  await boss.stop({ graceful: true, timeout: 120_000 });
}
