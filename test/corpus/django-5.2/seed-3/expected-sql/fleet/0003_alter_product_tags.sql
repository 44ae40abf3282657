BEGIN;
--
-- Alter field tags on product
--
ALTER TABLE "fleet_product" ALTER COLUMN "tags" TYPE varchar(100) USING "tags"::varchar(100), ALTER COLUMN "tags" DROP DEFAULT;
COMMIT;
