-- The A–Z and soonest-first orders of published groups alone (decision 042).
-- Search reads groups in these orders and keeps the published ones. The
-- full indexes (staff lists and open data read every status) hold no
-- status, so each entry cost a read of its group's row, and at a million
-- groups those rows are no longer in memory: page 50 of all groups read
-- 1,100 rows (1.9 ms), a count of the first 501 read 234 pages (1.7 ms).
-- Off these, both are read from the index alone (0.3 and 0.2 ms).
CREATE INDEX "Group_published_sortName_id_idx" ON "Group" ("sortName", "id") WHERE "status" = 'PUBLISHED';
CREATE INDEX "Group_published_nextMeetingAt_sortName_id_idx" ON "Group" ("nextMeetingAt", "sortName", "id") WHERE "status" = 'PUBLISHED';
