BEGIN;
--
-- Add field checksum to book
--
ALTER TABLE "library_book" ADD COLUMN "checksum" bigint NULL CHECK ("checksum" >= 0);
COMMIT;
