BEGIN;
--
-- Validate constraint events_tag_nv3 on model tag
--
ALTER TABLE "events_tag" VALIDATE CONSTRAINT "events_tag_nv3";
COMMIT;
