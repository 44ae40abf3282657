BEGIN;
--
-- Add field active to order
--
ALTER TABLE "people_order" ADD COLUMN "active" bigint NULL;
COMMIT;
