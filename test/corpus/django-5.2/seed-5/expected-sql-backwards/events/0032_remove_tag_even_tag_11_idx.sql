--
-- Concurrently remove index even_tag_11_idx from tag
--
CREATE INDEX CONCURRENTLY "even_tag_11_idx" ON "events_tag_t6" ("total") WHERE "total"::text LIKE 'it''s%';
