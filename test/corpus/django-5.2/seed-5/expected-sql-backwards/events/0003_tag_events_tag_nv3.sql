BEGIN;
--
-- Create not valid constraint events_tag_nv3 on model tag
--
ALTER TABLE "events_tag" DROP CONSTRAINT "events_tag_nv3";
COMMIT;
