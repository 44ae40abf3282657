BEGIN;
--
-- Add field checksum to address
--
ALTER TABLE "events_address" DROP COLUMN "checksum" CASCADE;
COMMIT;
