BEGIN;
--
-- Add field group to order
--
ALTER TABLE "catalog_order" DROP COLUMN "group" CASCADE;
COMMIT;
