BEGIN;
--
-- Delete model Order
--
DROP TABLE "catalog_order" CASCADE;
--
-- Create constraint catalog_order_chk7 on model course
--
ALTER TABLE "catalog_course" ADD CONSTRAINT "catalog_order_chk7" CHECK (NOT ("attachment" AND "attachment" IS NOT NULL));
COMMIT;
