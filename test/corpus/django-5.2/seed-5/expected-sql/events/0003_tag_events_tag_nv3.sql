BEGIN;
--
-- Create not valid constraint events_tag_nv3 on model tag
--
ALTER TABLE "events_tag" ADD CONSTRAINT "events_tag_nv3" CHECK ("total" IN ('a', 'b', 'it''s')) NOT VALID;
COMMIT;
