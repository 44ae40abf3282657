BEGIN;
--
-- Add field checksum to book
--
ALTER TABLE "shop_book" DROP COLUMN "checksum";
COMMIT;
