-- A–Z browsing files a name under its first letter or digit: leading
-- punctuation ("'Round the Table") is skipped in the sort key.
CREATE OR REPLACE FUNCTION group_search_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := group_search_document(NEW);
  NEW."sortName" := lower(unaccent(regexp_replace(NEW.name, '^[^[:alnum:]]+', '')));
  INSERT INTO "SearchTerm" (word) SELECT search_words(NEW.name) ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;
