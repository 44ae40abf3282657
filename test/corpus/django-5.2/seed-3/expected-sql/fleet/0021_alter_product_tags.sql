BEGIN;
--
-- Alter field tags on product
--
UPDATE "fleet_product" SET "tags" = '' WHERE "tags" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "fleet_product" ALTER COLUMN "tags" SET NOT NULL;
COMMIT;
