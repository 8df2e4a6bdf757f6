// Referrals under load, over HTTP, against the production server as `npm
// start` runs it on two cores (scripts/serve.mjs: two `next start` workers on
// one port), on a PostgreSQL of this file's own. Each form is sent as a
// browser without JavaScript sends it, from a client address of its own
// (X-Forwarded-For from a trusted proxy), so the per-address limit is not
// what is measured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeparatePostgres, type SeparatePostgres } from '../support/separate-postgres.ts';
import { childPids, startProductionServer, siteSecrets, type ProductionServer } from '../support/production-server.ts';
import { postReferral, referralFormFields, type ReferralAnswer } from '../support/referral-http.ts';
import { referralFields } from '../support/referral-form.ts';
import { addGroups, partialReferralWrites, query } from '../support/directory-fixtures.ts';

let pg: SeparatePostgres;
let server: ProductionServer;
let hidden: Record<string, string>;

beforeAll(async () => {
  pg = await startSeparatePostgres();
  await addGroups(pg.ownerUrl, 2);
  // A burst of 250 forms queues for the pool's 2 × 10 connections on a
  // shared 2-core machine; this is about none lost or doubled, not latency,
  // so a form waits for a connection as long as it takes.
  server = await startProductionServer({ databaseUrl: pg.appUrl, processes: 2, env: { ...siteSecrets(), TRUSTED_PROXIES: '127.0.0.1', DB_CONNECT_TIMEOUT_MS: '60000' } });
  hidden = await referralFormFields(server.url);
});
afterAll(async () => {
  await server?.stop();
  await pg?.destroy();
});

const addressOf = (i: number) => `10.${Math.floor(i / 250)}.${i % 250}.7`;
const countKinds = (answers: ReferralAnswer[]) => answers.reduce<Record<string, number>>((n, a) => ({ ...n, [a.kind]: (n[a.kind] ?? 0) + 1 }), {});

describe('referrals sent all at once', () => {
  it('200 forms sent together, 50 of them twice by a double click, make exactly 200 referrals and 200 confirmation mails', async () => {
    const forms = Array.from({ length: 200 }, (_, i) => ({ i, fields: referralFields({ referrerEmail: `load.${i}@clinic.example` }) }));
    const sends = [...forms, ...forms.slice(0, 50)];
    const started = Date.now();
    const answers = await Promise.all(sends.map(({ i, fields }) => postReferral(server.url, hidden, fields, { forwardedFor: addressOf(i) })));
    console.log(`[load] ${sends.length} referral forms at once: ${JSON.stringify(countKinds(answers))} in ${Date.now() - started} ms`);
    const failed = answers.filter((a) => a.kind === 'not-stored' || a.kind === 'no-answer');
    expect([...new Set(failed.map((a) => JSON.stringify(a).slice(0, 500)))], "every form was taken").toEqual([]);

    // A double click gets the same referral twice over, once with its status link.
    for (let k = 0; k < 50; k++) {
      const [first, second] = [answers[k], answers[200 + k]];
      expect(first && 'reference' in first && second && 'reference' in second && first.reference === second.reference).toBe(true);
      expect([first?.kind, second?.kind].sort()).toEqual(['stored', 'stored-before']);
    }
    const [counts] = await query<{ referrals: number; keys: number; confirmations: number; confirmationReferrals: number; intake: number }>(
      pg.ownerUrl,
      `SELECT (SELECT count(*)::int FROM "Referral") AS referrals,
              (SELECT count(DISTINCT "idempotencyKey")::int FROM "Referral") AS keys,
              (SELECT count(*)::int FROM "OutboxMessage" WHERE kind = 'referral.received') AS confirmations,
              (SELECT count(DISTINCT subject)::int FROM "OutboxMessage" WHERE kind = 'referral.received') AS "confirmationReferrals",
              (SELECT count(*)::int FROM "OutboxMessage" WHERE kind = 'referral.intake') AS intake`,
    );
    expect(counts).toEqual({ referrals: 200, keys: 200, confirmations: 200, confirmationReferrals: 200, intake: 200 });
    const references = new Set(answers.map((a) => ('reference' in a ? a.reference : '')));
    expect(references.size).toBe(200);
    expect(await partialReferralWrites(pg.ownerUrl)).toMatchObject({ noEvent: 0, notOneIntake: 0, orphanIntake: 0 });
  });
});

/** How long a person waits for a page before giving up on it. */
const GIVE_UP_MS = 30_000;

describe('a server process killed in the middle of requests', () => {
  it('the other keeps serving, each referral it was writing is stored whole or not at all, and sending the form again says which', async () => {
    const [victim, survivor] = childPids(server.child.pid ?? 0);
    expect(victim && survivor, 'two worker processes').toBeTruthy();
    // A burst large enough that each process still holds some of it when the
    // first answer comes back, however quickly the pages are served.
    const forms = Array.from({ length: 60 }, (_, i) => ({ i: 1000 + i, fields: referralFields({ referrerEmail: `kill.${i}@clinic.example` }) }));
    let answered = 0;
    let killedAt = 0;
    const sending = Promise.all(
      forms.map(async ({ i, fields }) => {
        // A browser gives up on a page that never answers, and so does the
        // person here: a connection the cluster's primary was handing to the
        // process as it was killed is never answered or closed (the hand-off
        // waits for a reply the dead process cannot send). That counts as no
        // answer, and the form is sent again below, like any other.
        const answer = await postReferral(server.url, hidden, fields, { forwardedFor: addressOf(i), signal: AbortSignal.timeout(GIVE_UP_MS) });
        // Killed while the rest of the burst is still being worked on.
        if (++answered === 1) {
          killedAt = Date.now();
          process.kill(victim ?? 0, 'SIGKILL');
        }
        return answer;
      }),
    );
    // Meanwhile someone keeps searching.
    const searches: { at: number; status: number }[] = [];
    let searching = true;
    const search = (async () => {
      while (searching) {
        const at = Date.now();
        // A search the killed process was answering ends with its socket:
        // that counts as no answer, and the person searches again.
        const res = await fetch(`${server.url}/groups?q=grief`, { signal: AbortSignal.timeout(GIVE_UP_MS) }).catch(() => null);
        const read = await res?.text().then(() => true, () => false);
        searches.push({ at, status: read ? (res?.status ?? 0) : 0 });
      }
    })();
    const answers = await sending;
    for (const end = Date.now() + 60_000; searches.filter((s) => s.at > killedAt && s.status === 200).length < 5; await new Promise((r) => setTimeout(r, 50))) {
      if (Date.now() > end) throw new Error('no search answered after the kill');
    }
    searching = false;
    await search;
    console.log(`[kill] ${JSON.stringify(countKinds(answers))}; searches after the kill: ${JSON.stringify(searches.filter((s) => s.at > killedAt).map((s) => s.status))}`);

    expect(answers.filter((a) => a.kind === 'no-answer').length, 'some forms were in the killed process').toBeGreaterThan(0);
    expect(server.child.exitCode, 'the server is still up').toBeNull();
    expect(server.output()).toMatch(/stopped \(SIGKILL\); starting another/);
    expect(await partialReferralWrites(pg.ownerUrl)).toMatchObject({ noEvent: 0, notOneIntake: 0, orphanIntake: 0 });

    const stored = new Set((await query<{ idempotencyKey: string }>(pg.ownerUrl, `SELECT "idempotencyKey" FROM "Referral"`)).map((r) => r.idempotencyKey));
    for (const [k, answer] of answers.entries()) {
      const form = forms[k];
      if (!form) continue;
      if (answer.kind === 'stored' || answer.kind === 'stored-before') {
        expect(stored.has(String(form.fields.idempotencyKey))).toBe(true);
        continue;
      }
      // The person sends the same form again (the same key): the page says
      // whether it had arrived, and it is never stored twice.
      const again = await postReferral(server.url, hidden, form.fields, { forwardedFor: addressOf(form.i) });
      expect(again.kind).toBe(stored.has(String(form.fields.idempotencyKey)) ? 'stored-before' : 'stored');
    }
    const [count] = await query<{ n: number; distinct: number }>(pg.ownerUrl, `SELECT count(*)::int AS n, count(DISTINCT "idempotencyKey")::int AS distinct FROM "Referral" WHERE "referrerEmail" LIKE 'kill.%'`);
    expect(count).toEqual({ n: forms.length, distinct: forms.length });
  });
});
