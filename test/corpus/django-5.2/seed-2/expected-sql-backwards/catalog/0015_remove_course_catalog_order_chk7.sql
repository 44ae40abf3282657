BEGIN;
--
-- Remove constraint catalog_order_chk7 from model course
--
ALTER TABLE "catalog_course" ADD CONSTRAINT "catalog_order_chk7" CHECK (NOT ("attachment" AND "attachment" IS NOT NULL));
COMMIT;
