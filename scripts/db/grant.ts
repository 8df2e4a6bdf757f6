// npm run db:grant [-- --print] — gives the app's own database role what it
// needs and nothing more (scripts/lib/app-role.ts). Start and db:migrate do
// this after every migration; run it yourself when migrations ran elsewhere.
// --print writes the SQL instead, for a DBA to run as the owner.
//   Your own server: DATABASE_URL=<app role>, MIGRATION_DATABASE_URL=<owner>.
//   Embedded default: nothing to set.
import { grantAppRole, grantStatements, userOf } from '../lib/app-role.ts';
import { resolveDatabase } from '../lib/database.ts';

if (process.argv.includes('--print')) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the app role\'s URL to print its grants.');
  console.log(`-- Run as the owner of the database, after migrations (and after pg-boss's schema exists: npm run db:migrate).\n${grantStatements(userOf(url)).join(';\n')};`);
} else {
  const db = await resolveDatabase();
  try {
    if (!db.appRole) {
      console.error('DATABASE_URL and the owner are the same role: set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to the app\'s own role.');
      process.exitCode = 1;
    } else {
      await grantAppRole(db.url, db.appRole);
      console.log(`The app's role "${db.appRole.name}" has its grants.`);
    }
  } finally {
    await db.stop();
  }
}
