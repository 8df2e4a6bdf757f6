-- Keep each group whole in its own row.
--
-- A group's search document (name, topics, summary and description, stemmed
-- in English and in French) is about a kilobyte, and with the rest of the
-- row it passed PostgreSQL's 2 kB threshold, so PostgreSQL moved the
-- document to the side table it keeps for long values. Every test of a
-- row's words then looked the document up there through that table's own
-- index: 2.7 µs a group against 1.6 µs with the document in the row
-- (60,000 groups from the million-group benchmark directory, one scan each
-- way, decision 040). Those tests are what a common search's count, a
-- phrase's check and a quoted exclusion cost.
--
-- Only the threshold moves: a row now goes to the side table only when it
-- would not fit in a page (8 kB), and then its longest values go first, as
-- before. Setting the document's column alone to stay in the row was tried
-- and was worse: PostgreSQL then moved the small columns search reads
-- (tags, places, the A–Z name) out instead.
ALTER TABLE "Group" SET (toast_tuple_target = 8160);

-- A stored value keeps the place it was written to. Writing the documents
-- again as new values (unchanged: joined with an empty document) brings
-- them into the row. Only these columns are written, so no trigger fires.
UPDATE "Group" SET
  "searchVector" = "searchVector" || ''::tsvector,
  "headVector" = "headVector" || ''::tsvector
WHERE "searchVector" IS NOT NULL;
