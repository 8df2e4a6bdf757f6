-- Search documents in English and French. Listings are written in either
-- language, and so are searches ("groupe de deuil", "grief group"): each
-- text is stemmed with both configurations (each with its own stop words),
-- and a search asks both, so a French word finds its French stem and an
-- English one its English stem. Accents are dropped first, as before.

CREATE FUNCTION search_document(txt text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT to_tsvector('english', unaccent(coalesce(txt, ''))) || to_tsvector('french', unaccent(coalesce(txt, '')))
$$;

CREATE OR REPLACE FUNCTION group_search_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  topic_text text := group_topic_text(NEW.id);
BEGIN
  NEW."nameVector" := search_document(NEW.name);
  NEW."headVector" := setweight(NEW."nameVector", 'A') || setweight(search_document(topic_text), 'B');
  NEW."searchVector" := NEW."headVector"
      || setweight(search_document(NEW.summary), 'C')
      || setweight(search_document(NEW.description), 'D');
  NEW."sortName" := lower(unaccent(regexp_replace(NEW.name, '^[^[:alnum:]]+', '')));
  INSERT INTO "SearchTerm" (word) SELECT search_words(NEW.name) ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION search_refresh_all() RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "SearchTerm" (word)
    SELECT search_words(name || ' ' || array_to_string(keywords, ' ')) FROM "Topic" ON CONFLICT DO NOTHING;
  INSERT INTO "SearchTerm" (word) SELECT DISTINCT search_words(name) FROM "Group" ON CONFLICT DO NOTHING;
  UPDATE "Group" g SET
    "nameVector" = v.name_v,
    "headVector" = v.head_v,
    "searchVector" = v.head_v
      || setweight(search_document(g.summary), 'C')
      || setweight(search_document(g.description), 'D'),
    "sortName" = lower(unaccent(regexp_replace(g.name, '^[^[:alnum:]]+', '')))
  FROM (
    SELECT g2.id, search_document(g2.name) AS name_v,
      setweight(search_document(g2.name), 'A')
        || setweight(search_document(coalesce(string_agg(t.name || ' ' || array_to_string(t.keywords, ' '), ' '), '')), 'B') AS head_v
    FROM "Group" g2
    LEFT JOIN "GroupTopic" gt ON gt."groupId" = g2.id
    LEFT JOIN "Topic" t ON t.id = gt."topicId"
    GROUP BY g2.id
  ) v
  WHERE v.id = g.id;
  UPDATE "Meeting" SET "earthPoint" = ll_to_earth(latitude, longitude)
  WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
$$;

SELECT search_refresh_all();
