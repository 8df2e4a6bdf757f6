-- DropIndex
DROP INDEX "Group_status_idx";

-- DropIndex
DROP INDEX "Group_status_nextMeetingAt_idx";

-- DropIndex
DROP INDEX "Group_status_sortName_id_idx";

-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "facets" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "headVector" tsvector,
ADD COLUMN     "nameVector" tsvector,
ADD COLUMN     "places" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Group_nameVector_idx" ON "Group" USING GIN ("nameVector");

-- CreateIndex
CREATE INDEX "Group_headVector_idx" ON "Group" USING GIN ("headVector");

-- CreateIndex
CREATE INDEX "Group_sortName_id_idx" ON "Group"("sortName", "id");

-- CreateIndex
CREATE INDEX "Group_nextMeetingAt_idx" ON "Group"("nextMeetingAt");

-- CreateIndex
CREATE INDEX "Group_facets_idx" ON "Group" USING GIN ("facets");

-- CreateIndex
CREATE INDEX "Group_places_idx" ON "Group" USING GIN ("places");
-- ---------------------------------------------------------------------------
-- "Best match" in tiers: groups whose name has the words, then groups whose
-- topics or everyday keywords have them, then groups that mention them. Each
-- tier is its own indexed look-up in name (A–Z or nearest) order, so a word
-- that matches thousands of groups costs a page, not a ranking of thousands.
-- ---------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION group_search_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  topic_text text := group_topic_text(NEW.id);
BEGIN
  NEW."nameVector" := to_tsvector('english', unaccent(NEW.name));
  NEW."headVector" := setweight(NEW."nameVector", 'A') || setweight(to_tsvector('english', unaccent(topic_text)), 'B');
  NEW."searchVector" := NEW."headVector"
      || setweight(to_tsvector('english', unaccent(NEW.summary)), 'C')
      || setweight(to_tsvector('english', unaccent(NEW.description)), 'D');
  NEW."sortName" := lower(unaccent(regexp_replace(NEW.name, '^[^[:alnum:]]+', '')));
  INSERT INTO "SearchTerm" (word) SELECT search_words(NEW.name) ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;

-- The trigger above now builds the document itself.
DROP FUNCTION group_search_document("Group");

CREATE OR REPLACE FUNCTION search_refresh_all() RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "SearchTerm" (word)
    SELECT search_words(name || ' ' || array_to_string(keywords, ' ')) FROM "Topic" ON CONFLICT DO NOTHING;
  INSERT INTO "SearchTerm" (word) SELECT DISTINCT search_words(name) FROM "Group" ON CONFLICT DO NOTHING;
  UPDATE "Group" g SET
    "nameVector" = v.name_v,
    "headVector" = v.head_v,
    "searchVector" = v.head_v
      || setweight(to_tsvector('english', unaccent(g.summary)), 'C')
      || setweight(to_tsvector('english', unaccent(g.description)), 'D'),
    "sortName" = lower(unaccent(regexp_replace(g.name, '^[^[:alnum:]]+', '')))
  FROM (
    SELECT g2.id, to_tsvector('english', unaccent(g2.name)) AS name_v,
      setweight(to_tsvector('english', unaccent(g2.name)), 'A')
        || setweight(to_tsvector('english', unaccent(coalesce(string_agg(t.name || ' ' || array_to_string(t.keywords, ' '), ' '), ''))), 'B') AS head_v
    FROM "Group" g2
    LEFT JOIN "GroupTopic" gt ON gt."groupId" = g2.id
    LEFT JOIN "Topic" t ON t.id = gt."topicId"
    GROUP BY g2.id
  ) v
  WHERE v.id = g.id;
  UPDATE "Meeting" SET "earthPoint" = ll_to_earth(latitude, longitude)
  WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
$$;

-- ---------------------------------------------------------------------------
-- Search facets: every filter a visitor can set, as tags on the group, so
-- any mix of filters is one GIN look-up instead of a walk over every group.
--   t:<topic slug>   c:<free|donation|fee>   l:<1-5>   lang:<tag>
--   a:<accessibility feature>
--   s:<ATTENDANCE>:<ISO weekday, 0 = by arrangement>:<time band>, with "*"
--     for any of the three, so a search names only what it filters on
-- A slot tag holds one meeting's attendance, day and time together, so
-- "online, Tuesday, evening" matches only a meeting that is all three. A
-- search looks up a handful of tags: GIN's cost grows with their number.
-- The time bands are defined here only (lib/search/sql.ts names them).
--
-- Group.places, in a column of its own: the cells of its meeting places on
-- grids of 0.1°, 0.5° and 2° ("p1:441:-765"; lib/search/place-tags.ts). A
-- near-me search looks up coarse cells in its GIN index, then checks finer
-- cells on each row, which a short array keeps cheap.
-- ---------------------------------------------------------------------------

CREATE FUNCTION meeting_time_band(start_time text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN start_time IS NULL OR start_time = '' THEN 'none'
    WHEN start_time < '12:00' THEN 'morning'
    WHEN start_time < '17:00' THEN 'afternoon'
    ELSE 'evening'
  END
$$;

CREATE FUNCTION meeting_slots(recurrence "Recurrence", weekdays int[], start_time text, attendance "Attendance") RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT array_agg(DISTINCT 's:' || a || ':' || d || ':' || b)
  FROM unnest(CASE WHEN recurrence = 'BY_ARRANGEMENT' OR cardinality(weekdays) IS NULL OR cardinality(weekdays) = 0
                   THEN ARRAY[0] ELSE weekdays END) AS day,
       unnest(ARRAY[attendance::text, '*']) AS a,
       unnest(ARRAY[day::text, '*']) AS d,
       unnest(ARRAY[meeting_time_band(start_time), '*']) AS b
  WHERE NOT (a = '*' AND d = '*' AND b = '*')
$$;

CREATE FUNCTION group_facets(g "Group") RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT f ORDER BY f), ARRAY[]::text[]) FROM (
    SELECT 'c:' || lower(g."costKind"::text) AS f
    UNION ALL SELECT 'l:' || g.leadership
    UNION ALL SELECT 'lang:' || x FROM unnest(g.languages) AS x
    UNION ALL SELECT 'a:' || x FROM unnest(g."accessibilityFeatures") AS x
    UNION ALL SELECT 't:' || t.slug FROM "GroupTopic" gt JOIN "Topic" t ON t.id = gt."topicId" WHERE gt."groupId" = g.id
    UNION ALL SELECT unnest(meeting_slots(m.recurrence, m.weekdays, m."startTime", m.attendance)) FROM "Meeting" m WHERE m."groupId" = g.id
  ) tags
$$;

CREATE FUNCTION group_places(gid text) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT p ORDER BY p), ARRAY[]::text[]) FROM (
    SELECT unnest(ARRAY[
        'p1:' || floor(m.latitude * 10)::int || ':' || floor(m.longitude * 10)::int,
        'p2:' || floor(m.latitude * 2)::int || ':' || floor(m.longitude * 2)::int,
        'p3:' || floor(m.latitude / 2)::int || ':' || floor(m.longitude / 2)::int]) AS p
    FROM "Meeting" m WHERE m."groupId" = gid AND m.latitude IS NOT NULL AND m.longitude IS NOT NULL
  ) cells
$$;

-- The group's own columns. Topic changes touch the name (see the search
-- migration), which runs this too.
CREATE FUNCTION group_facets_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.facets := group_facets(NEW);
  RETURN NEW;
END $$;

CREATE TRIGGER group_facets_before_write
BEFORE INSERT OR UPDATE OF name, leadership, languages, "costKind", "accessibilityFeatures" ON "Group"
FOR EACH ROW EXECUTE FUNCTION group_facets_before_write();

CREATE FUNCTION group_facets_sync(gids text[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Group" g SET facets = s.f, places = s.p
  FROM (SELECT g2.id, group_facets(g2) AS f, group_places(g2.id) AS p FROM "Group" g2 WHERE g2.id = ANY(gids)) s
  WHERE g.id = s.id AND (g.facets, g.places) IS DISTINCT FROM (s.f, s.p)
$$;

-- Meetings: the statement-level triggers of the search_speed migration now
-- also re-tag the groups whose meeting slots or places changed.
CREATE OR REPLACE FUNCTION meeting_rows_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM group_next_meeting_sync(ARRAY(SELECT "groupId" FROM new_rows));
    PERFORM group_facets_sync(ARRAY(SELECT DISTINCT "groupId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM group_next_meeting_sync(ARRAY(SELECT "groupId" FROM old_rows));
    PERFORM group_facets_sync(ARRAY(SELECT DISTINCT "groupId" FROM old_rows));
  ELSE
    PERFORM group_next_meeting_sync(ARRAY(
      SELECT n."groupId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n."nextStartsAt" IS DISTINCT FROM o."nextStartsAt" OR n."groupId" <> o."groupId"
      UNION SELECT o."groupId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."groupId" <> o."groupId"));
    PERFORM group_facets_sync(ARRAY(
      SELECT n."groupId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.attendance, n.recurrence, n.weekdays, n."startTime", n.latitude, n.longitude, n."groupId")
            IS DISTINCT FROM (o.attendance, o.recurrence, o.weekdays, o."startTime", o.latitude, o.longitude, o."groupId")
      UNION SELECT o."groupId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."groupId" <> o."groupId"));
  END IF;
  RETURN NULL;
END $$;

-- A topic's new address re-tags its groups (name and keywords already did).
DROP TRIGGER topic_search_changed ON "Topic";
CREATE TRIGGER topic_search_changed
AFTER INSERT OR UPDATE OF name, keywords, slug ON "Topic"
FOR EACH ROW EXECUTE FUNCTION topic_search_changed();

-- Bulk loads (the benchmark) switch triggers off and call this once.
CREATE FUNCTION group_facets_sync_all() RETURNS void
LANGUAGE sql AS $$
  UPDATE "Group" g SET facets = group_facets(g), places = group_places(g.id)
$$;

-- Rows that exist before this migration.
SELECT group_facets_sync_all();
SELECT search_refresh_all();
