// npm run db:migrate — applies pending migrations from prisma/migrations,
// installs or upgrades pg-boss's tables and grants the app's own role what it
// needs (scripts/lib/prepare-db.ts), as the owner role.
import { resolveDatabase } from '../lib/database.ts';
import { generateClient } from '../lib/build.ts';

// prepare-db imports the seed, which imports the generated Prisma client.
generateClient();
const { prepareDatabase } = await import('../lib/prepare-db.ts');

const db = await resolveDatabase();
try {
  let applied = false;
  await prepareDatabase(db.url, { seed: false, appRole: db.appRole, log: (line) => { applied = true; console.log(line); } });
  if (!applied) console.log('Database is up to date.');
  if (db.appRole) console.log(`The app's role "${db.appRole.name}" has its grants.`);
} finally {
  await db.stop();
}
