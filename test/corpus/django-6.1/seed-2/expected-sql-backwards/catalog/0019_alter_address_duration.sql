BEGIN;
--
-- Alter field duration on address
--
ALTER TABLE "catalog_address" ALTER COLUMN "duration" DROP DEFAULT, ALTER COLUMN "duration" DROP NOT NULL;
COMMIT;
