BEGIN;
--
-- Add field website to address
--
ALTER TABLE "catalog_address" DROP COLUMN "website";
COMMIT;
