BEGIN;
--
-- Create constraint events_shelf_chk13 on model shelf
--
ALTER TABLE "events_shelf" DROP CONSTRAINT "events_shelf_chk13";
COMMIT;
