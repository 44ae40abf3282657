BEGIN;
--
-- Alter field qty on address
--
ALTER TABLE "catalog_address" ALTER COLUMN "qty" TYPE numeric(5, 2);
COMMENT ON COLUMN "catalog_address"."qty" IS '';
COMMIT;
