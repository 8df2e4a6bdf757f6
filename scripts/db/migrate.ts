// npm run db:migrate — applies pending migrations from prisma/migrations.
import { applyMigrations } from '../lib/schema-engine.ts';
import { resolveDatabase } from '../lib/database.ts';

const db = await resolveDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await db.stop();
}
