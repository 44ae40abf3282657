BEGIN;
--
-- Remove constraint events_tag_nv3 from model tag
--
ALTER TABLE "events_tag_t6" ADD CONSTRAINT "events_tag_nv3" CHECK ("total" IN ('a', 'b', 'it''s'));
--
-- Alter tag table comment
--
COMMENT ON TABLE "events_tag_t6" IS '';
COMMIT;
