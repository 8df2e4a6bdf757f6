// Fills a database with `count` generated groups (about 2.5 meetings each)
// for the search benchmark. Triggers are switched off during the load and
// the search columns are then computed in one set-based pass.
import pg from 'pg';
import { createRng } from '../../prisma/seed/random.ts';
import { generateGroup, meetingFor, pickAttendance } from '../../prisma/seed/groups.ts';
import { TOPICS } from '../../prisma/seed/topics.ts';
import { SEED_TOWNS } from '../../lib/geo/towns.ts';
import { nextOccurrence } from '../../lib/schedule/index.ts';

const BATCH = 1000;
/**
 * Past this many, groups are copies of the generated ones made in SQL: a
 * million groups generated in JavaScript would be sent as JSON and each
 * document parsed again in English and French, where a copy takes the
 * computed search columns with it. A copy gets its own id and slug, and each of
 * its meeting places moves by up to 0.05° (about 5 km), so the directory
 * grows the way a real one does (more groups per word, tag and place) without
 * stacking copies on one point.
 */
export const GENERATED_MAX = 100_000;

export async function fillBenchDatabase(url: string, count: number, log: (s: string) => void, generatedMax = GENERATED_MAX) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`SET session_replication_role = replica`);
    const topicIds = new Map<string, string>();
    for (const t of TOPICS) {
      const { rows } = await c.query<{ id: string }>(
        `INSERT INTO "Topic" (id, slug, name, description, keywords, "updatedAt") VALUES ($1, $1, $2, $3, $4, now()) RETURNING id`,
        [t.slug, t.name, t.description, t.keywords],
      );
      topicIds.set(t.slug, rows[0]!.id);
    }
    const rng = createRng(42);
    const now = new Date();
    const slugs = TOPICS.map((t) => t.slug);
    let meetings = 0;
    const generated = Math.min(count, generatedMax);
    for (let start = 0; start < generated; start += BATCH) {
      const groups = [];
      const links: [string, string][] = [];
      const ms: Record<string, unknown>[] = [];
      for (let i = start; i < Math.min(generated, start + BATCH); i++) {
        const g = generateGroup(rng, i, SEED_TOWNS, slugs);
        const id = `bench-${i}`;
        const town = SEED_TOWNS[i % SEED_TOWNS.length]!;
        // Denser than the seed: two or three meetings a group.
        while (g.meetings.length < 2 + (i % 2)) g.meetings.push(meetingFor(rng, town, g.slug, pickAttendance(rng)));
        groups.push({ ...g, id, status: i % 25 === 0 ? 'DRAFT' : 'PUBLISHED' });
        for (const t of g.topicSlugs) links.push([id, topicIds.get(t)!]);
        g.meetings.forEach((m, position) =>
          ms.push({ ...m, id: `${id}-m${position}`, groupId: id, position, nextStartsAt: m.recurrence === 'BY_ARRANGEMENT' ? null : (nextOccurrence(m, now)?.start ?? null) }),
        );
      }
      meetings += ms.length;
      await c.query(
        `INSERT INTO "Group" (id, slug, name, summary, description, "whoMayAttend", leadership, languages, "costKind", "costDescription", "accessibilityFeatures", status, "lastVerifiedAt", "updatedAt")
         SELECT x.id, x.slug, x.name, x.summary, x.description, x."whoMayAttend"::"WhoMayAttend", x.leadership, x.languages, x."costKind"::"CostKind", x."costDescription", x."accessibilityFeatures", x.status::"GroupStatus", x."lastVerifiedAt", now()
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, slug text, name text, summary text, description text, "whoMayAttend" text, leadership int, languages text[], "costKind" text, "costDescription" text, "accessibilityFeatures" text[], status text, "lastVerifiedAt" timestamp)`,
        [JSON.stringify(groups.map(({ meetings: _m, topicSlugs: _t, ...g }) => g))],
      );
      await c.query(`INSERT INTO "GroupTopic" ("groupId", "topicId") SELECT * FROM unnest($1::text[], $2::text[])`, [links.map((l) => l[0]), links.map((l) => l[1])]);
      await c.query(
        `INSERT INTO "Meeting" (id, "groupId", position, recurrence, weekdays, "intervalWeeks", "monthWeek", "startsOn", "startTime", "endTime", "timeZone", attendance, "venueName", "addressLine1", town, region, "postalCode", country, latitude, longitude, "onlineUrl", "onlineOnRequest", "dialIn", "dialInOnRequest", notes, "nextStartsAt", "updatedAt")
         SELECT x.id, x."groupId", x.position, x.recurrence::"Recurrence", x.weekdays, x."intervalWeeks", x."monthWeek", x."startsOn"::date, x."startTime", x."endTime", x."timeZone", x.attendance::"Attendance", x."venueName", x."addressLine1", x.town, x.region, x."postalCode", x.country, x.latitude, x.longitude, x."onlineUrl", x."onlineOnRequest", x."dialIn", x."dialInOnRequest", x.notes, x."nextStartsAt", now()
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, "groupId" text, position int, recurrence text, weekdays int[], "intervalWeeks" int, "monthWeek" int, "startsOn" timestamp, "startTime" text, "endTime" text, "timeZone" text, attendance text, "venueName" text, "addressLine1" text, town text, region text, "postalCode" text, country text, latitude float8, longitude float8, "onlineUrl" text, "onlineOnRequest" bool, "dialIn" text, "dialInOnRequest" bool, notes text, "nextStartsAt" timestamp)`,
        [JSON.stringify(ms)],
      );
      if ((start / BATCH) % 20 === 0) log(`  ${start + groups.length} groups…`);
    }
    // Still with triggers off: the set-based passes below do their work once.
    log('  computing search columns…');
    await c.query(`SELECT search_refresh_all()`);
    await c.query(`SELECT group_next_meeting_sync_all()`);
    await c.query(`SELECT group_facets_sync_all()`);
    // Copies take the computed columns with them; only their places moved.
    if (count > generated) meetings += await copyGroups(c, generated, count, log);
    // Topic links and name words, copies' included, take their groups' A–Z
    // names, and meetings their slot tags and open-data ids.
    await c.query(`SELECT group_topic_sort_name_sync_all()`);
    await c.query(`SELECT group_name_word_sync_all()`);
    await c.query(`SELECT meeting_slots_sync_all()`);
    await c.query(`SELECT meeting_hsds_id_sync_all()`);
    await c.query(`SET session_replication_role = origin`);
    // FULL: the passes above rewrote every row; a directory that grew
    // listing by listing would not carry that much dead space.
    await c.query(`VACUUM FULL ANALYZE`);
    // A full vacuum rewrites the tables but leaves their visibility map
    // empty, so reads off an index alone would still visit every row until
    // autovacuum came by; a plain vacuum sets it, as autovacuum does.
    await c.query(`VACUUM`);
    return { groups: count, meetings };
  } finally {
    await c.end();
  }
}

/** Groups `generated`…`count - 1` as copies of the generated ones (see GENERATED_MAX), in one statement per table. */
async function copyGroups(c: pg.Client, generated: number, count: number, log: (s: string) => void): Promise<number> {
  log(`  copying ${(count - generated).toLocaleString()} more groups in the database…`);
  const columns = async (table: string) => {
    const { rows } = await c.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [table],
    );
    return rows.map((r) => r.column_name);
  };
  const q = (name: string) => `"${name}"`;
  // Copy n (from 1) of generated group k is group generated·n + k.
  const copyOf = `(src.k + ${generated} * n.n)`;
  const groupExprs: Record<string, string> = {
    id: `'bench-' || ${copyOf}`,
    slug: `src.slug || '-' || n.n`,
    externalId: 'NULL',
  };
  const groupCols = await columns('Group');
  await c.query(
    `INSERT INTO "Group" (${groupCols.map(q).join(', ')})
     SELECT ${groupCols.map((col) => groupExprs[col] ?? `src.${q(col)}`).join(', ')}
     FROM (SELECT g.*, substr(g.id, 7)::int AS k FROM "Group" g WHERE g.id LIKE 'bench-%') src
     JOIN generate_series(1, ${Math.ceil(count / generated) - 1}) AS n(n) ON src.k + ${generated} * n.n < ${count}`,
  );
  await c.query(
    `INSERT INTO "GroupTopic" ("groupId", "topicId")
     SELECT 'bench-' || (substr(gt."groupId", 7)::int + ${generated} * n.n), gt."topicId"
     FROM "GroupTopic" gt JOIN generate_series(1, ${Math.ceil(count / generated) - 1}) AS n(n)
       ON substr(gt."groupId", 7)::int < ${generated} AND substr(gt."groupId", 7)::int + ${generated} * n.n < ${count}`,
  );
  const meetingExprs: Record<string, string> = {
    id: `'bench-' || (src.k + ${generated} * n.n) || '-m' || src.position`,
    groupId: `'bench-' || (src.k + ${generated} * n.n)`,
    latitude: 'j.lat',
    longitude: 'j.lng',
    earthPoint: `CASE WHEN j.lat IS NULL OR j.lng IS NULL THEN NULL ELSE ll_to_earth(j.lat, j.lng) END`,
  };
  const meetingCols = await columns('Meeting');
  const { rowCount } = await c.query(
    `INSERT INTO "Meeting" (${meetingCols.map(q).join(', ')})
     SELECT ${meetingCols.map((col) => meetingExprs[col] ?? `src.${q(col)}`).join(', ')}
     FROM (SELECT m.*, substr(m."groupId", 7)::int AS k FROM "Meeting" m WHERE m."groupId" LIKE 'bench-%') src
     JOIN generate_series(1, ${Math.ceil(count / generated) - 1}) AS n(n) ON src.k < ${generated} AND src.k + ${generated} * n.n < ${count}
     -- The reference to src makes random() run once per row.
     CROSS JOIN LATERAL (SELECT src.latitude + (random() - 0.5) * 0.1 AS lat, src.longitude + (random() - 0.5) * 0.1 AS lng) j`,
  );
  await c.query(`UPDATE "Group" SET places = group_places(id) WHERE id LIKE 'bench-%' AND substr(id, 7)::int >= ${generated}`);
  return rowCount ?? 0;
}
