-- Filter bits: a group's cost, leadership, place features and meeting slots
-- as 143 bits, kept beside its A–Z name in the two lists search counts down
-- (decision 045). Searches with filters alone counted their matches off the
-- search index, which hands over every match before the count can stop: at
-- a million groups "online, Tuesday evening" is 60,890 groups, 23 ms, where
-- at 10,000 it is 609. A list read in A–Z order stops at 501 matches, and
-- with the bits in its index entries it tests each group without reading
-- its row: about COUNT_CAP ÷ share entries, whatever the directory's size.
--
-- Layout, leftmost bit 0 (lib/search/filter-bits.ts writes the same tags;
-- tests/integration/filter-bits.test.ts fails when the two disagree):
--   0–2    c:free c:donation c:fee
--   3–7    l:1 … l:5
--   8–14   a:wheelchair a:accessible-washroom a:hearing-loop a:asl
--          a:parking a:transit a:scent-free
--   15–142 s:<attendance>:<day>:<band>, at 15 + attendance × 32 + day × 4
--          + band, attendance IN_PERSON ONLINE HYBRID PHONE, day 0–7 (0 =
--          by arrangement), band morning afternoon evening none
-- Languages and topics are not bits: languages are many and rare (the
-- search index finds them quickly), and a topic is a list of its own.
-- A group that is not published has no bits (NULL), so a list's entry
-- says by itself whether the group may be shown.

-- Where a tag's bit is; NULL for a tag with no bit (a wildcard, a language).
CREATE FUNCTION filter_bit(tag text) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN tag LIKE 's:%' THEN (
      SELECT 15 + (array_position(ARRAY['IN_PERSON', 'ONLINE', 'HYBRID', 'PHONE'], p[2]) - 1) * 32
        + (CASE WHEN p[3] ~ '^[0-7]$' THEN p[3]::int END) * 4
        + array_position(ARRAY['morning', 'afternoon', 'evening', 'none'], p[4]) - 1
      FROM (SELECT string_to_array(tag, ':') AS p) s WHERE cardinality(p) = 4)
    ELSE array_position(ARRAY['c:free', 'c:donation', 'c:fee', 'l:1', 'l:2', 'l:3', 'l:4', 'l:5',
      'a:wheelchair', 'a:accessible-washroom', 'a:hearing-loop', 'a:asl', 'a:parking', 'a:transit', 'a:scent-free'], tag) - 1
  END
$$;

-- The bits of the tags that have one.
CREATE FUNCTION filter_bits(tags text[]) RETURNS bit(143)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_agg(CASE WHEN i = ANY(on_bits) THEN '1' ELSE '0' END, '' ORDER BY i)::bit(143)
  FROM generate_series(0, 142) AS i,
    (SELECT coalesce(array_agg(filter_bit(t)), '{}') AS on_bits FROM unnest(tags) AS t) b
$$;

-- A search's tags as bits: a slot tag's "*" stands for every value there
-- ("s:ONLINE:2:*" is ONLINE on Tuesday at any time or none).
CREATE FUNCTION filter_mask(tags text[]) RETURNS bit(143)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT filter_bits(ARRAY(
    SELECT t FROM unnest(tags) AS t WHERE t NOT LIKE 's:%'
    UNION ALL
    SELECT 's:' || k || ':' || d || ':' || b
    FROM unnest(tags) AS t
      CROSS JOIN LATERAL string_to_array(t, ':') AS p
      CROSS JOIN LATERAL unnest(CASE WHEN p[2] = '*' THEN ARRAY['IN_PERSON', 'ONLINE', 'HYBRID', 'PHONE'] ELSE ARRAY[p[2]] END) AS k
      CROSS JOIN LATERAL unnest(CASE WHEN p[3] = '*' THEN ARRAY['0', '1', '2', '3', '4', '5', '6', '7'] ELSE ARRAY[p[3]] END) AS d
      CROSS JOIN LATERAL unnest(CASE WHEN p[4] = '*' THEN ARRAY['morning', 'afternoon', 'evening', 'none'] ELSE ARRAY[p[4]] END) AS b
    WHERE t LIKE 's:%'))
$$;

-- A group's bits: its own tags (a group's slot tags with "*" are its exact
-- ones again, so they add nothing), or none unless it is published.
CREATE FUNCTION group_filter_bits(status "GroupStatus", facets text[]) RETURNS bit(143)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN status = 'PUBLISHED' THEN filter_bits(ARRAY(SELECT t FROM unnest(facets) AS t WHERE t NOT LIKE '%*%')) END
$$;

ALTER TABLE "Group" ADD COLUMN "filterBits" bit(143);
ALTER TABLE "GroupTopic" ADD COLUMN "filterBits" bit(143);

-- After the facets are set (BEFORE triggers run in name order, and
-- group_facets_before_write comes first), whenever they or the status change.
CREATE FUNCTION group_filter_bits_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status OR NEW.facets IS DISTINCT FROM OLD.facets THEN
    NEW."filterBits" := group_filter_bits(NEW.status, NEW.facets);
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER group_filter_bits_before_write
BEFORE INSERT OR UPDATE ON "Group"
FOR EACH ROW EXECUTE FUNCTION group_filter_bits_before_write();

-- A topic link takes its group's A–Z name and bits, and follows them.
CREATE OR REPLACE FUNCTION group_topic_sort_name() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT "sortName", "filterBits" INTO NEW."sortName", NEW."filterBits" FROM "Group" WHERE id = NEW."groupId";
  NEW."sortName" := coalesce(NEW."sortName", '');
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION group_sort_name_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "GroupTopic" SET "sortName" = NEW."sortName", "filterBits" = NEW."filterBits" WHERE "groupId" = NEW.id;
  RETURN NULL;
END $$;

DROP TRIGGER group_sort_name_changed ON "Group";
CREATE TRIGGER group_sort_name_changed
AFTER UPDATE ON "Group"
FOR EACH ROW WHEN (OLD."sortName" IS DISTINCT FROM NEW."sortName" OR OLD."filterBits" IS DISTINCT FROM NEW."filterBits")
EXECUTE FUNCTION group_sort_name_changed();

-- Loads that write with triggers off (the benchmark) call these once.
CREATE OR REPLACE FUNCTION group_facets_sync_all() RETURNS void
LANGUAGE sql AS $$
  UPDATE "Group" g SET facets = s.f, places = group_places(g.id), "filterBits" = group_filter_bits(g.status, s.f)
  FROM (SELECT g2.id, group_facets(g2) AS f FROM "Group" g2) s
  WHERE s.id = g.id;
$$;

CREATE OR REPLACE FUNCTION group_topic_sort_name_sync_all() RETURNS void
LANGUAGE sql AS $$
  UPDATE "GroupTopic" gt SET "sortName" = g."sortName", "filterBits" = g."filterBits"
  FROM "Group" g
  WHERE g.id = gt."groupId" AND (gt."sortName", gt."filterBits") IS DISTINCT FROM (g."sortName", g."filterBits");
$$;

-- Rows that exist before this migration.
UPDATE "Group" SET "filterBits" = group_filter_bits(status, facets);
SELECT group_topic_sort_name_sync_all();

-- The two lists, now carrying the bits in their entries.
DROP INDEX "Group_published_sortName_id_idx";
CREATE INDEX "Group_published_sortName_id_idx" ON "Group" ("sortName", "id") INCLUDE ("filterBits") WHERE "status" = 'PUBLISHED';
-- A topic's links to published groups alone: the full list stays for the
-- pages that walk it and for everything else a topic's links are read for.
CREATE INDEX "GroupTopic_published_topicId_sortName_groupId_idx" ON "GroupTopic" ("topicId", "sortName", "groupId") INCLUDE ("filterBits") WHERE "filterBits" IS NOT NULL;
