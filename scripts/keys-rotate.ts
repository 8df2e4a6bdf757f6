// npm run keys:rotate — seals every stored personal detail again under the
// current key (REFERRAL_ENCRYPTION_KEY or REFERRAL_ENCRYPTION_KEY_FILE), opening
// old values with REFERRAL_ENCRYPTION_PREVIOUS_KEYS, in one transaction, and
// prints how many values each column had. Run it after the app restarted with
// the new key; then drop the previous key. See docs/decisions/026.
import { resolveDatabase } from './lib/database.ts';
import { generateClient } from './lib/build.ts';
import { parseEnv } from '../lib/env.ts';
import { resolveKeyRing } from '../lib/crypto/key.ts';
import { reencryptTable, type RotationCount } from '../lib/crypto/rotate-data.ts';
import { REFERRAL_ENCRYPTED_TABLES } from '../lib/referrals/encrypted-fields.ts';
import { STAFF_ENCRYPTED_TABLES } from '../lib/staff/encrypted-fields.ts';
import { MAIL_ENCRYPTED_TABLES } from '../lib/mail/encrypted-fields.ts';

generateClient();
const { createPrismaClient } = await import('../lib/db-client.ts');

const db = await resolveDatabase();
// As the owner (db.url: MIGRATION_DATABASE_URL when set); the app's role could do it too.
const url = db.url;
// Production rules unless told otherwise: a key is never made up for a database of your own.
const ring = resolveKeyRing(parseEnv({ ...process.env, DATABASE_URL: db.appUrl, NODE_ENV: process.env.NODE_ENV ?? 'production' }));
const { prisma, pool } = createPrismaClient(url, { max: 1, connectTimeoutMs: 10_000, idleTimeoutMs: 10_000, statementTimeoutMs: 600_000 });
let failed = false;
try {
  const counts = await prisma.$transaction(
    async (tx) => {
      const all: RotationCount[] = [];
      for (const spec of [...REFERRAL_ENCRYPTED_TABLES, ...STAFF_ENCRYPTED_TABLES, ...MAIL_ENCRYPTED_TABLES]) all.push(...(await reencryptTable(tx, spec, ring)));
      return all;
    },
    { maxWait: 30_000, timeout: 3_600_000 },
  );
  console.log(`Current key: ${ring.currentId}.`);
  for (const c of counts) console.log(`${c.field}: ${c.reencrypted} re-encrypted, ${c.current} already under the current key`);
  console.log('Done. Keys other than the current one can now be removed from REFERRAL_ENCRYPTION_PREVIOUS_KEYS.');
} catch (err) {
  failed = true;
  console.error(`Nothing was changed: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await prisma.$disconnect();
  await pool.end();
  await db.stop();
}
process.exit(failed ? 1 : 0);
