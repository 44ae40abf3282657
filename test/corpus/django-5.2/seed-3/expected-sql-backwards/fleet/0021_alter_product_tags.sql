BEGIN;
--
-- Alter field tags on product
--
ALTER TABLE "fleet_product" ALTER COLUMN "tags" DROP NOT NULL;
COMMIT;
