BEGIN;
--
-- Create constraint events_shelf_chk13 on model shelf
--
ALTER TABLE "events_shelf" ADD CONSTRAINT "events_shelf_chk13" CHECK ("opened" >= 3);
COMMIT;
