BEGIN;
--
-- Rename field checksum on book to attachment
--
ALTER TABLE "shop_book" RENAME COLUMN "checksum" TO "attachment";
COMMIT;
