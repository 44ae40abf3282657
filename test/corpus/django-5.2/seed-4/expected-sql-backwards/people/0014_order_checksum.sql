BEGIN;
--
-- Add field checksum to order
--
ALTER TABLE "people_order" DROP COLUMN "checksum" CASCADE;
COMMIT;
