-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "searchVector" tsvector,
ADD COLUMN     "sortName" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "earthPoint" cube,
ADD COLUMN     "nextStartsAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchTerm_word_trgm_idx" ON "SearchTerm" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Group_searchVector_idx" ON "Group" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Group_sortName_idx" ON "Group"("sortName");

-- CreateIndex
CREATE INDEX "Meeting_earthPoint_idx" ON "Meeting" USING GIST ("earthPoint");

-- CreateIndex
CREATE INDEX "Meeting_nextStartsAt_idx" ON "Meeting"("nextStartsAt");

-- ---------------------------------------------------------------------------
-- Search upkeep. Prisma does not model functions or triggers, so they live
-- here. Everything a search reads is kept current inside the database, so
-- bulk loads and the staff console can never leave it stale.
-- ---------------------------------------------------------------------------

-- Lower-case, accent-free words of at least three letters: the vocabulary
-- misspelled search words are matched against with trigrams.
CREATE FUNCTION search_words(txt text) RETURNS SETOF text
LANGUAGE sql STABLE AS $$
  SELECT DISTINCT w FROM regexp_split_to_table(lower(unaccent(coalesce(txt, ''))), '[^a-z0-9]+') AS w
  WHERE length(w) >= 3
$$;

-- The text of a group's topics: names plus everyday keywords ("grief",
-- "drinking", "chemo"), so those words find the topic's groups.
CREATE FUNCTION group_topic_text(gid text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_agg(t.name || ' ' || array_to_string(t.keywords, ' '), ' '), '')
  FROM "GroupTopic" gt JOIN "Topic" t ON t.id = gt."topicId"
  WHERE gt."groupId" = gid
$$;

CREATE FUNCTION group_search_document(g "Group") RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', unaccent(g.name)), 'A')
      || setweight(to_tsvector('english', unaccent(group_topic_text(g.id))), 'B')
      || setweight(to_tsvector('english', unaccent(g.summary)), 'C')
      || setweight(to_tsvector('english', unaccent(g.description)), 'D')
$$;

CREATE FUNCTION group_search_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := group_search_document(NEW);
  NEW."sortName" := lower(unaccent(NEW.name));
  INSERT INTO "SearchTerm" (word) SELECT search_words(NEW.name) ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;

CREATE TRIGGER group_search_before_write
BEFORE INSERT OR UPDATE OF name, summary, description ON "Group"
FOR EACH ROW EXECUTE FUNCTION group_search_before_write();

-- A topic added to or removed from a group changes its document: touching
-- the name re-runs the trigger above.
CREATE FUNCTION group_topic_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Group" SET name = name WHERE id = (CASE WHEN TG_OP = 'DELETE' THEN OLD."groupId" ELSE NEW."groupId" END);
  RETURN NULL;
END $$;

CREATE TRIGGER group_topic_changed
AFTER INSERT OR DELETE ON "GroupTopic"
FOR EACH ROW EXECUTE FUNCTION group_topic_changed();

CREATE FUNCTION topic_search_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (word)
    SELECT search_words(NEW.name || ' ' || array_to_string(NEW.keywords, ' ')) ON CONFLICT DO NOTHING;
  IF TG_OP = 'UPDATE' THEN
    UPDATE "Group" SET name = name WHERE id IN (SELECT "groupId" FROM "GroupTopic" WHERE "topicId" = NEW.id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER topic_search_changed
AFTER INSERT OR UPDATE OF name, keywords ON "Topic"
FOR EACH ROW EXECUTE FUNCTION topic_search_changed();

-- Meeting places as points on the earth, for indexed "within N km" searches.
CREATE FUNCTION meeting_earth_point() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."earthPoint" := CASE
    WHEN NEW.latitude IS NULL OR NEW.longitude IS NULL THEN NULL
    ELSE ll_to_earth(NEW.latitude, NEW.longitude)
  END;
  RETURN NEW;
END $$;

CREATE TRIGGER meeting_earth_point
BEFORE INSERT OR UPDATE OF latitude, longitude ON "Meeting"
FOR EACH ROW EXECUTE FUNCTION meeting_earth_point();

-- Bulk loads (the benchmark) switch triggers off and call this once.
CREATE FUNCTION search_refresh_all() RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "SearchTerm" (word)
    SELECT search_words(name || ' ' || array_to_string(keywords, ' ')) FROM "Topic" ON CONFLICT DO NOTHING;
  INSERT INTO "SearchTerm" (word) SELECT DISTINCT search_words(name) FROM "Group" ON CONFLICT DO NOTHING;
  UPDATE "Group" g SET "searchVector" =
      setweight(to_tsvector('english', unaccent(g.name)), 'A')
   || setweight(to_tsvector('english', unaccent(coalesce(tt.txt, ''))), 'B')
   || setweight(to_tsvector('english', unaccent(g.summary)), 'C')
   || setweight(to_tsvector('english', unaccent(g.description)), 'D'),
    "sortName" = lower(unaccent(g.name))
  FROM (
    SELECT g2.id, string_agg(t.name || ' ' || array_to_string(t.keywords, ' '), ' ') AS txt
    FROM "Group" g2
    LEFT JOIN "GroupTopic" gt ON gt."groupId" = g2.id
    LEFT JOIN "Topic" t ON t.id = gt."topicId"
    GROUP BY g2.id
  ) tt
  WHERE tt.id = g.id;
  UPDATE "Meeting" SET "earthPoint" = ll_to_earth(latitude, longitude)
  WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
$$;
