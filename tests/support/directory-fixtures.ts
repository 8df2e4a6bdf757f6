// For tests on a database of their own (tests/support/separate-postgres.ts):
// a few published groups to search and open, and the checks that a referral
// is stored whole or not at all. Through the owner's URL, not the app's pool.
import pg from 'pg';
import { createPrismaClient } from '../../lib/db-client.ts';
import { buildGroup, createGroup, createTopics } from '../../prisma/seed/factories.ts';

/** Topics and `count` published bereavement groups; returns their slugs. */
export async function addGroups(ownerUrl: string, count: number): Promise<string[]> {
  const { prisma, pool } = createPrismaClient(ownerUrl, { max: 2, connectTimeoutMs: 10_000, idleTimeoutMs: 10_000, statementTimeoutMs: 60_000 });
  try {
    await createTopics(prisma);
    const slugs: string[] = [];
    for (let i = 0; i < count; i++) slugs.push((await createGroup(prisma, buildGroup({ name: `Harbourside Grief Circle ${i + 1}` }))).slug);
    return slugs;
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
}

export async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * What a half-written referral would leave: a referral without its first
 * history entry or without exactly one intake message, or an intake message
 * for a referral that is not there. All zero when every referral is whole.
 */
export async function partialReferralWrites(ownerUrl: string) {
  const [row] = await query<{ noEvent: number; notOneIntake: number; orphanIntake: number; referrals: number }>(
    ownerUrl,
    `SELECT
       (SELECT count(*)::int FROM "Referral" r WHERE NOT EXISTS (SELECT 1 FROM "ReferralEvent" e WHERE e."referralId" = r.id)) AS "noEvent",
       (SELECT count(*)::int FROM "Referral" r WHERE (SELECT count(*) FROM "OutboxMessage" o WHERE o.kind = 'referral.intake' AND o.subject = 'New referral ' || r.reference) <> 1) AS "notOneIntake",
       (SELECT count(*)::int FROM "OutboxMessage" o WHERE o.kind = 'referral.intake' AND NOT EXISTS (SELECT 1 FROM "Referral" r WHERE o.subject = 'New referral ' || r.reference)) AS "orphanIntake",
       (SELECT count(*)::int FROM "Referral") AS referrals`,
  );
  return row ?? { noEvent: -1, notOneIntake: -1, orphanIntake: -1, referrals: -1 };
}
