BEGIN;
--
-- Create model Order
--
DROP TABLE "people_order" CASCADE;
COMMIT;
