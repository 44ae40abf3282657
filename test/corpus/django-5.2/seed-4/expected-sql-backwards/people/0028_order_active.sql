BEGIN;
--
-- Add field active to order
--
ALTER TABLE "people_order" DROP COLUMN "active" CASCADE;
COMMIT;
