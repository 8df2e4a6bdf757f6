-- Finding a listing by its open-data (HSDS) id without reading every group.
--
-- The ids the open-data API publishes are derived, not stored (decision
-- 029): a listing imported under a UUID keeps it, any other listing's id is
-- a name-based UUID (version 5) of "service/<row id>" in the directory's
-- namespace; a meeting's is a UUID of "service_at_location/<n>" under its
-- listing's, n being its place in the listing; a listing that no
-- organization sponsors is published as an organization with the UUID of
-- "organization" under its own. Looking one up compared the derived ids of
-- every published group in the app, which grows with the directory
-- (decision 040). The same derivation is written here in SQL, so the
-- database can index it. lib/open-data/ids.ts stays the reference:
-- tests/integration/open-data-ids.test.ts checks both agree.
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

-- The search path is fixed, so the function finds uuid_generate_v5 whatever
-- the caller's (a restore, for one, runs with an empty path).
CREATE FUNCTION hsds_service_uuid(row_id text, external_id text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path FROM CURRENT
AS $$
  SELECT CASE
    WHEN external_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN lower(external_id)::uuid
    WHEN row_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN lower(row_id)::uuid
    ELSE uuid_generate_v5('5d0e3a52-7c1f-4f7e-9b9a-3f2a8c6e1d40'::uuid, 'service/' || row_id)
  END
$$;

CREATE INDEX "Group_hsds_service_uuid_idx" ON "Group" (hsds_service_uuid(id, "externalId"));
CREATE INDEX "Group_hsds_own_organization_uuid_idx" ON "Group" (uuid_generate_v5(hsds_service_uuid(id, "externalId"), 'organization'))
  WHERE "organizationId" IS NULL;

-- A meeting's id depends on its place among its listing's meetings, so it
-- is stored, and kept by the triggers below whenever meetings are added,
-- removed or reordered, or the listing's imported id changes.
ALTER TABLE "Meeting" ADD COLUMN "hsdsId" UUID;
CREATE INDEX "Meeting_hsdsId_idx" ON "Meeting"("hsdsId");

CREATE FUNCTION meeting_hsds_id_sync(gids text[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Meeting" m SET "hsdsId" = s.hsds
  FROM (
    SELECT mm.id, uuid_generate_v5(hsds_service_uuid(g.id, g."externalId"),
      'service_at_location/' || row_number() OVER (PARTITION BY mm."groupId" ORDER BY mm.position, mm."createdAt", mm.id)) AS hsds
    FROM "Meeting" mm JOIN "Group" g ON g.id = mm."groupId"
    WHERE mm."groupId" = ANY(gids)
  ) s
  WHERE m.id = s.id AND m."hsdsId" IS DISTINCT FROM s.hsds
$$;

-- Statement-level, like the next-meeting triggers: a listing saved with all
-- its meetings is renumbered once. Writing "hsdsId" itself fires none of them.
CREATE FUNCTION meeting_hsds_rows_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM meeting_hsds_id_sync(ARRAY(SELECT DISTINCT "groupId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM meeting_hsds_id_sync(ARRAY(SELECT DISTINCT "groupId" FROM old_rows));
  ELSE
    PERFORM meeting_hsds_id_sync(ARRAY(SELECT "groupId" FROM new_rows UNION SELECT "groupId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER meeting_hsds_rows_inserted AFTER INSERT ON "Meeting"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_hsds_rows_changed();
CREATE TRIGGER meeting_hsds_rows_deleted AFTER DELETE ON "Meeting"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_hsds_rows_changed();

-- Column lists cannot be given with transition tables, so reordering is a
-- row-level trigger; it renumbers the one listing.
CREATE FUNCTION meeting_hsds_row_moved() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM meeting_hsds_id_sync(ARRAY[NEW."groupId", OLD."groupId"]);
  RETURN NULL;
END $$;

CREATE TRIGGER meeting_hsds_row_moved AFTER UPDATE OF position, "createdAt", "groupId" ON "Meeting"
FOR EACH ROW EXECUTE FUNCTION meeting_hsds_row_moved();

CREATE FUNCTION group_hsds_id_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM meeting_hsds_id_sync(ARRAY[NEW.id]);
  RETURN NULL;
END $$;

CREATE TRIGGER group_hsds_id_changed AFTER UPDATE OF "externalId" ON "Group"
FOR EACH ROW WHEN (OLD."externalId" IS DISTINCT FROM NEW."externalId")
EXECUTE FUNCTION group_hsds_id_changed();

-- Every meeting at once, for loads that write with triggers off.
CREATE FUNCTION meeting_hsds_id_sync_all() RETURNS void
LANGUAGE sql AS $$
  SELECT meeting_hsds_id_sync(ARRAY(SELECT id FROM "Group"))
$$;

SELECT meeting_hsds_id_sync_all();
