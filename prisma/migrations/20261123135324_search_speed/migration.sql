-- DropIndex
DROP INDEX "Group_sortName_idx";

-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "nextMeetingAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Group_status_sortName_id_idx" ON "Group"("status", "sortName", "id");

-- CreateIndex
CREATE INDEX "Group_status_nextMeetingAt_idx" ON "Group"("status", "nextMeetingAt");

-- A group's next meeting follows its meetings: sorting and "in the next 7
-- days" then read one indexed column instead of aggregating every meeting.
-- Statement-level triggers with transition tables: a batch refresh of
-- thousands of meetings updates each affected group once.
CREATE FUNCTION group_next_meeting_sync(gids text[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Group" g SET "nextMeetingAt" = s.next
  FROM (
    SELECT x.gid, (SELECT min(m."nextStartsAt") FROM "Meeting" m WHERE m."groupId" = x.gid) AS next
    FROM (SELECT DISTINCT unnest(gids) AS gid) x
  ) s
  WHERE g.id = s.gid AND g."nextMeetingAt" IS DISTINCT FROM s.next
$$;

CREATE FUNCTION meeting_rows_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM group_next_meeting_sync(ARRAY(SELECT "groupId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM group_next_meeting_sync(ARRAY(SELECT "groupId" FROM old_rows));
  ELSE
    PERFORM group_next_meeting_sync(ARRAY(
      SELECT n."groupId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n."nextStartsAt" IS DISTINCT FROM o."nextStartsAt" OR n."groupId" <> o."groupId"
      UNION SELECT o."groupId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."groupId" <> o."groupId"));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER meeting_rows_inserted AFTER INSERT ON "Meeting"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_rows_changed();
CREATE TRIGGER meeting_rows_updated AFTER UPDATE ON "Meeting"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_rows_changed();
CREATE TRIGGER meeting_rows_deleted AFTER DELETE ON "Meeting"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_rows_changed();

-- The benchmark's bulk load computes next starts itself, then syncs groups once.
CREATE FUNCTION group_next_meeting_sync_all() RETURNS void
LANGUAGE sql AS $$
  UPDATE "Group" g SET "nextMeetingAt" = s.next
  FROM (SELECT "groupId", min("nextStartsAt") AS next FROM "Meeting" GROUP BY "groupId") s
  WHERE g.id = s."groupId"
$$;
