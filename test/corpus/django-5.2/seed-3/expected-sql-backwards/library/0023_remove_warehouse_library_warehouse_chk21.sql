BEGIN;
--
-- Remove constraint library_warehouse_chk21 from model warehouse
--
ALTER TABLE "library_warehouse" ADD CONSTRAINT "library_warehouse_chk21" CHECK ("type" IS NULL);
COMMIT;
