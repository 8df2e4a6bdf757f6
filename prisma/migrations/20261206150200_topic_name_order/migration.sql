-- Each topic's groups in A–Z order, so best match can read a topic's first
-- groups by name instead of gathering all of them and sorting (decision 040).
--
-- A search in a visitor's own words ("my husband drinks") lists the groups
-- of the topics the words name, A–Z. Names cluster (towns and kinds of group
-- start them), so walking every group by name finds a topic's groups late,
-- and gathering a topic's groups costs in proportion to the topic: 11,000
-- groups, 70 ms, at a million. Walking the topic's own list by name reads
-- about a page: 5 ms. The A–Z name is copied onto each topic link and kept
-- there by the triggers below.
ALTER TABLE "GroupTopic" ADD COLUMN "sortName" TEXT NOT NULL DEFAULT '';

DROP INDEX "GroupTopic_topicId_idx";
CREATE INDEX "GroupTopic_topicId_sortName_groupId_idx" ON "GroupTopic"("topicId", "sortName", "groupId");

-- A new link takes its group's A–Z name.
CREATE FUNCTION group_topic_sort_name() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."sortName" := coalesce((SELECT "sortName" FROM "Group" WHERE id = NEW."groupId"), '');
  RETURN NEW;
END $$;

CREATE TRIGGER group_topic_sort_name
BEFORE INSERT OR UPDATE OF "groupId" ON "GroupTopic"
FOR EACH ROW EXECUTE FUNCTION group_topic_sort_name();

-- A renamed group's links follow it. The A–Z name is set by a BEFORE
-- trigger, so the change is seen here by comparing rows, not by the columns
-- an UPDATE names.
CREATE FUNCTION group_sort_name_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "GroupTopic" SET "sortName" = NEW."sortName" WHERE "groupId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER group_sort_name_changed
AFTER UPDATE ON "Group"
FOR EACH ROW WHEN (OLD."sortName" IS DISTINCT FROM NEW."sortName")
EXECUTE FUNCTION group_sort_name_changed();

-- Every link at once, for loads that write with triggers off.
CREATE FUNCTION group_topic_sort_name_sync_all() RETURNS void
LANGUAGE sql AS $$
  UPDATE "GroupTopic" gt SET "sortName" = g."sortName"
  FROM "Group" g
  WHERE g.id = gt."groupId" AND gt."sortName" IS DISTINCT FROM g."sortName";
$$;

SELECT group_topic_sort_name_sync_all();
