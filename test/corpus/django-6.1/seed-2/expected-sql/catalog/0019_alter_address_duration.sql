BEGIN;
--
-- Alter field duration on address
--
ALTER TABLE "catalog_address" ALTER COLUMN "duration" SET DEFAULT (UPPER('x'));
UPDATE "catalog_address" SET "duration" = (UPPER('x')) WHERE "duration" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "catalog_address" ALTER COLUMN "duration" SET NOT NULL;
COMMIT;
