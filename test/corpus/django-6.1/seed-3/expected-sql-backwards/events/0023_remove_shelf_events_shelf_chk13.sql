BEGIN;
--
-- Remove constraint events_shelf_chk13 from model shelf
--
ALTER TABLE "events_shelf_t15" ADD CONSTRAINT "events_shelf_chk13" CHECK ("opened" >= 3);
COMMIT;
