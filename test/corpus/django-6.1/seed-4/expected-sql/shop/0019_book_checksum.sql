BEGIN;
--
-- Add field checksum to book
--
ALTER TABLE "shop_book" ADD COLUMN "checksum" text[3] DEFAULT '{}' NOT NULL;
ALTER TABLE "shop_book" ALTER COLUMN "checksum" DROP DEFAULT;
COMMIT;
