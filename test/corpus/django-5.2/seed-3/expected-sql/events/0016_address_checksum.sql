BEGIN;
--
-- Add field checksum to address
--
ALTER TABLE "events_address" ADD COLUMN "checksum" varchar(20) GENERATED ALWAYS AS (LOWER("starts")) STORED;
COMMIT;
