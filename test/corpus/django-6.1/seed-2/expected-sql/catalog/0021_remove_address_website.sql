BEGIN;
--
-- Remove field website from address
--
ALTER TABLE "catalog_address" DROP COLUMN "website";
COMMIT;
