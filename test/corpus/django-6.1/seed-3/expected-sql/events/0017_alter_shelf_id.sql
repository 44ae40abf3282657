BEGIN;
--
-- Alter field id on shelf
--
ALTER TABLE "events_shelf_t15" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;
ALTER TABLE "events_shelf_t15" ALTER COLUMN "id" TYPE integer;
DROP SEQUENCE IF EXISTS "events_shelf_id_seq" CASCADE;
COMMIT;
