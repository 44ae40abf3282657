BEGIN;
--
-- Alter tag table comment
--
COMMENT ON TABLE "events_tag_t6" IS 'Orders table v7';
--
-- Remove constraint events_tag_nv3 from model tag
--
ALTER TABLE "events_tag_t6" DROP CONSTRAINT "events_tag_nv3";
COMMIT;
