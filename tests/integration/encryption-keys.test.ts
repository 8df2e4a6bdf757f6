// Personal details at rest carry the id of the key that sealed them and are
// bound to their own row and column; keys rotate without losing anything.
// The app here runs with a current key and one previous key, as an operator
// sets them while rotating (docs/decisions/026-keys-and-database-roles.md).
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, rawQuery } from '../support/db.ts';
import { referralFields, toFormData } from '../support/referral-form.ts';
import { asSession, makeStaff } from '../support/staff.ts';
import { buildGroup, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { getReferralForStaff } from '../../lib/referrals/data.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';
import { decryptField, encryptField, keyRing } from '../../lib/crypto/aes.ts';

const oldKey = crypto.randomBytes(32);
const newKey = crypto.randomBytes(32);
process.env.REFERRAL_ENCRYPTION_KEY = newKey.toString('base64');
process.env.REFERRAL_ENCRYPTION_PREVIOUS_KEYS = oldKey.toString('base64');

const kid = (key: Buffer) => crypto.createHash('sha256').update(key).digest('hex').slice(0, 8);
const roomy = { perIp: { name: 'k-ip', points: 10_000, durationSeconds: 60 }, perEmail: { name: 'k-email', points: 10_000, durationSeconds: 60 } };
const root = path.resolve(import.meta.dirname, '../..');

/** The format written before key ids (v1): no key id, no associated data. */
function sealLegacy(text: string, key: Buffer): string {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

async function sendReferral(clientName: string) {
  const { outcome } = await submitReferral(toFormData(referralFields({ clientName })), { ip: '198.51.100.31', limits: roomy });
  if (outcome.kind !== 'sent') throw new Error(`expected a new referral, got ${outcome.kind}`);
  return db.referral.findUniqueOrThrow({ where: { reference: outcome.reference }, select: { id: true } });
}

function runRotate() {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/keys-rotate.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A staff member with referral access, reading as the console does (each read is audited). */
let reader: ReturnType<typeof asSession>;
const readReferral = (id: string) => getReferralForStaff(id, { actor: reader, ip: '' });

beforeAll(async () => {
  reader = asSession(await makeStaff('ADMIN', { referralAccess: true }));
  await createTopics(db);
  await createGroup(db, buildGroup({ slug: 'harbour-grief-circle', name: 'Harbour Grief Circle' }));
});
afterAll(closeRateLimitPools);

describe('each stored detail is bound to its place', () => {
  it('a client name copied into another referral cannot be read there, and staff are told the details are unreadable', async () => {
    const first = await sendReferral('Anneliese');
    const second = await sendReferral('Dmitri');
    const [row] = await rawQuery<{ v: string }>(`SELECT "clientNameEnc" AS v FROM "Referral" WHERE id = $1`, first.id);
    expect(row?.v).toMatch(new RegExp(`^v2\\.${kid(newKey)}\\.`));
    await rawQuery(`UPDATE "Referral" SET "clientNameEnc" = $1 WHERE id = $2`, row?.v, second.id);
    const moved = await readReferral(second.id);
    expect(moved?.client.name).toBeNull();
    expect(moved?.unreadable).toBe(true);
    expect((await readReferral(first.id))?.client.name).toBe('Anneliese');
    // Tampered values stay out of the rotation test below (which refuses them).
    await rawQuery(`UPDATE "Referral" SET "clientNameEnc" = NULL WHERE id = $1`, second.id);
  });

  it('a client name copied into the notes of the same referral cannot be read there', async () => {
    const { id } = await sendReferral('Oluwaseun');
    await rawQuery(`UPDATE "Referral" SET "notesEnc" = "clientNameEnc" WHERE id = $1`, id);
    const staff = await readReferral(id);
    expect(staff?.notes).toBeNull();
    expect(staff?.unreadable).toBe(true);
    await rawQuery(`UPDATE "Referral" SET "notesEnc" = NULL WHERE id = $1`, id);
  });
});

describe('rotating the key', () => {
  it('details sealed under the previous key (and in the format before key ids) still read, and keys:rotate moves them all to the current key', async () => {
    const { id } = await sendReferral('Placeholder');
    const oldRing = keyRing(oldKey);
    await rawQuery(
      `UPDATE "Referral" SET "clientNameEnc" = $1, "notesEnc" = $2 WHERE id = $3`,
      encryptField('Wilhelmina', { table: 'Referral', column: 'clientNameEnc', rowId: id }, oldRing),
      sealLegacy('Met at the drop-in on Tuesday.', oldKey),
      id,
    );
    const admin = await makeStaff('ADMIN');
    await rawQuery(`UPDATE "StaffUser" SET "totpSecretEnc" = $1 WHERE id = $2`, sealLegacy('JBSWY3DPEHPK3PXP', oldKey), admin.id);

    const before = await readReferral(id);
    expect(before).toMatchObject({ unreadable: false, notes: 'Met at the drop-in on Tuesday.' });
    expect(before?.client.name).toBe('Wilhelmina');

    const { code, out } = runRotate();
    expect(out).toMatch(/Referral\.clientNameEnc: \d+ re-encrypted/);
    expect(out).toMatch(/StaffUser\.totpSecretEnc: [1-9]\d* re-encrypted/);
    expect(code).toBe(0);

    const stored = await rawQuery<{ v: string }>(
      `SELECT v FROM (SELECT unnest(ARRAY["clientNameEnc", "clientContactEnc", "clientAccessibilityEnc", "clientBestTimesEnc", "notesEnc"]) AS v FROM "Referral"
         UNION ALL SELECT "noteEnc" FROM "ReferralEvent" UNION ALL SELECT "totpSecretEnc" FROM "StaffUser") s WHERE v IS NOT NULL`,
    );
    expect(stored.length).toBeGreaterThan(3);
    for (const { v } of stored) expect(v).toMatch(new RegExp(`^v2\\.${kid(newKey)}\\.`));
    const after = await readReferral(id);
    expect(after?.client.name).toBe('Wilhelmina');
    expect(after?.notes).toBe('Met at the drop-in on Tuesday.');

    // A second run finds nothing left to do.
    const again = runRotate();
    expect(again.out).toMatch(/0 re-encrypted/);
    expect(again.out).not.toMatch(/[1-9]\d* re-encrypted/);
  });

  it('a detail sealed under a key the app does not have gives an error naming that key id', async () => {
    const { id } = await sendReferral('Placeholder');
    const stranger = crypto.randomBytes(32);
    const context = { table: 'Referral', column: 'clientNameEnc', rowId: id };
    const token = encryptField('Bartholomew', context, keyRing(stranger));
    expect(() => decryptField(token, context, keyRing(newKey))).toThrow(
      new RegExp(`key ${kid(stranger)}, which is not configured.*REFERRAL_ENCRYPTION_PREVIOUS_KEYS`),
    );
    await rawQuery(`UPDATE "Referral" SET "clientNameEnc" = $1 WHERE id = $2`, token, id);
    expect(await readReferral(id)).toMatchObject({ unreadable: true, client: { name: null } });
    // keys:rotate refuses to half-finish: nothing changes and it says which key is missing.
    const { code, out } = runRotate();
    expect(code).not.toBe(0);
    expect(out).toContain(kid(stranger));
    await rawQuery(`UPDATE "Referral" SET "clientNameEnc" = NULL WHERE id = $1`, id);
  });
});
