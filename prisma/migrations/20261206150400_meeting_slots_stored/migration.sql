-- Each meeting's slot tags ("s:IN_PERSON:6:*"), stored and kept by a
-- trigger instead of computed for every meeting a search reads.
--
-- Near a place with a day, time or attendance filter, search walks the
-- nearest meetings and tests each one's slots. meeting_slots() is a SQL
-- function with an aggregate, so PostgreSQL runs it as a separate call:
-- about 55 µs a meeting. "caring for my dad" near Barrie on Saturdays, in
-- person, tested 2,700 meetings per tier, 150 ms each, at 100,000 groups
-- (decision 040). A stored array is tested in well under a microsecond.
ALTER TABLE "Meeting" ADD COLUMN "slots" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

CREATE FUNCTION meeting_slots_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.slots := coalesce(meeting_slots(NEW.recurrence, NEW.weekdays, NEW."startTime", NEW.attendance), ARRAY[]::text[]);
  RETURN NEW;
END $$;

CREATE TRIGGER meeting_slots_before_write
BEFORE INSERT OR UPDATE OF recurrence, weekdays, "startTime", attendance ON "Meeting"
FOR EACH ROW EXECUTE FUNCTION meeting_slots_before_write();

-- Every meeting at once, for loads that write with triggers off.
CREATE FUNCTION meeting_slots_sync_all() RETURNS void
LANGUAGE sql AS $$
  UPDATE "Meeting" SET slots = coalesce(meeting_slots(recurrence, weekdays, "startTime", attendance), ARRAY[]::text[])
  WHERE slots IS DISTINCT FROM coalesce(meeting_slots(recurrence, weekdays, "startTime", attendance), ARRAY[]::text[]);
$$;

SELECT meeting_slots_sync_all();
