-- DropIndex
DROP INDEX "Group_facets_idx";

-- DropIndex
DROP INDEX "Group_headVector_idx";

-- DropIndex
DROP INDEX "Group_nameVector_idx";

-- DropIndex
DROP INDEX "Group_places_idx";

-- DropIndex
DROP INDEX "Group_searchVector_idx";

-- DropIndex
DROP INDEX "Meeting_groupId_idx";

-- CreateIndex
CREATE INDEX "Group_search_idx" ON "Group" USING GIN ("searchVector", "nameVector", "headVector", "facets", "places");

-- CreateIndex
CREATE INDEX "Meeting_groupId_earthPoint_idx" ON "Meeting"("groupId", "earthPoint");
