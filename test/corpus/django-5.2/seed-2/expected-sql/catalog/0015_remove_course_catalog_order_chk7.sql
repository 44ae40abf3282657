BEGIN;
--
-- Remove constraint catalog_order_chk7 from model course
--
ALTER TABLE "catalog_course" DROP CONSTRAINT "catalog_order_chk7";
COMMIT;
