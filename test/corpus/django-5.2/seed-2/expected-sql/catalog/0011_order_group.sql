BEGIN;
--
-- Add field group to order
--
ALTER TABLE "catalog_order" ADD COLUMN "group" bigint GENERATED ALWAYS AS (("city" + 1)) STORED;
COMMIT;
