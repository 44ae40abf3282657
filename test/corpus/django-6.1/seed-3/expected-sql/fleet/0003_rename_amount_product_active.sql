BEGIN;
--
-- Rename field amount on product to active
--
ALTER TABLE "fleet_product" RENAME COLUMN "amount" TO "active";
COMMIT;
