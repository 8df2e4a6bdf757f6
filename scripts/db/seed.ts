// npm run db:seed [-- --reset] — seeds an empty database; --reset empties
// every table first (development only).
import pg from 'pg';
import { resolveDatabase } from '../lib/database.ts';
import { printCredentials, saveCredentials } from '../lib/credentials.ts';
import { generateClient } from '../lib/build.ts';

// The seed imports the generated Prisma client: make sure it exists first.
generateClient();
const { prepareDatabase } = await import('../lib/prepare-db.ts');

const db = await resolveDatabase();
try {
  if (process.argv.includes('--reset')) {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ t: string }>(
      `SELECT quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length) await client.query(`TRUNCATE ${rows.map((r) => r.t).join(', ')} CASCADE`);
    await client.end();
    console.log('Emptied every table.');
  }
  let seeded = false;
  await prepareDatabase(db.url, { seed: true, log: console.log, appRole: db.appRole, onSeeded: (c) => { saveCredentials(c); seeded = true; } });
  if (!seeded) console.log('The database already has data; nothing seeded (use --reset to start over).');
  printCredentials();
} finally {
  await db.stop();
}
