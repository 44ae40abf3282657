BEGIN;
--
-- Add field group to order
--
ALTER TABLE "people_order" DROP COLUMN "group" CASCADE;
COMMIT;
