BEGIN;
--
-- Add field checksum to book
--
ALTER TABLE "library_book" DROP COLUMN "checksum" CASCADE;
COMMIT;
