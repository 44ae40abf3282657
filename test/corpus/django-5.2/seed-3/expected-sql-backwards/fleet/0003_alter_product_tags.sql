BEGIN;
--
-- Alter field tags on product
--
ALTER TABLE "fleet_product" ALTER COLUMN "tags" TYPE date USING "tags"::date, ALTER COLUMN "tags" SET DEFAULT '2023-05-17'::date;
COMMIT;
