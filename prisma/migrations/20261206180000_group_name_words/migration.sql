-- Each word of each group's name, with the group's A–Z name, so the first
-- tier of best match (groups named for every word) can read one word's
-- groups by name instead of gathering all of them and sorting (decision 041).
--
-- "bereavement" at a million groups: 9,400 groups carry the word in their
-- name; gathering and sorting them for a page of twenty took 18 ms, and the
-- word's own list in name order reads about twenty rows: under 1 ms. The
-- words are the name's lexemes as searched (nameVector: English and French
-- readings), kept here by the triggers below; the app never writes them.
CREATE TABLE "GroupNameWord" (
    "word" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "sortName" TEXT NOT NULL,

    CONSTRAINT "GroupNameWord_pkey" PRIMARY KEY ("groupId","word")
);

CREATE INDEX "GroupNameWord_word_sortName_groupId_idx" ON "GroupNameWord"("word", "sortName", "groupId");

ALTER TABLE "GroupNameWord" ADD CONSTRAINT "GroupNameWord_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A new group, a renamed one, or a new A–Z name: its words are written
-- again. Both columns are set by BEFORE triggers, so a change is seen by
-- comparing rows, not by the columns an UPDATE names.
CREATE FUNCTION group_name_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM "GroupNameWord" WHERE "groupId" = NEW.id;
  END IF;
  INSERT INTO "GroupNameWord" ("word", "groupId", "sortName")
  SELECT DISTINCT w, NEW.id, NEW."sortName"
  FROM unnest(tsvector_to_array(coalesce(NEW."nameVector", ''::tsvector))) AS w;
  RETURN NULL;
END $$;

CREATE TRIGGER group_name_words_insert
AFTER INSERT ON "Group"
FOR EACH ROW EXECUTE FUNCTION group_name_words();

CREATE TRIGGER group_name_words_update
AFTER UPDATE ON "Group"
FOR EACH ROW WHEN (OLD."nameVector" IS DISTINCT FROM NEW."nameVector" OR OLD."sortName" IS DISTINCT FROM NEW."sortName")
EXECUTE FUNCTION group_name_words();

-- Every group at once, for loads that write with triggers off.
CREATE FUNCTION group_name_word_sync_all() RETURNS void
LANGUAGE sql AS $$
  TRUNCATE "GroupNameWord";
  INSERT INTO "GroupNameWord" ("word", "groupId", "sortName")
  SELECT DISTINCT w, g.id, g."sortName"
  FROM "Group" g, unnest(tsvector_to_array(coalesce(g."nameVector", ''::tsvector))) AS w;
$$;

SELECT group_name_word_sync_all();
ANALYZE "GroupNameWord";
