BEGIN;
--
-- Remove field website from address
--
ALTER TABLE "catalog_address" ADD COLUMN "website" integer DEFAULT  -1 NOT NULL;
ALTER TABLE "catalog_address" ALTER COLUMN "website" DROP DEFAULT;
COMMIT;
