BEGIN;
--
-- Alter field duration on address
--
ALTER TABLE "catalog_address" ALTER COLUMN "duration" TYPE varchar(255);
COMMENT ON COLUMN "catalog_address"."duration" IS '';
COMMIT;
