BEGIN;
--
-- Remove constraint library_warehouse_chk21 from model warehouse
--
ALTER TABLE "library_warehouse" DROP CONSTRAINT "library_warehouse_chk21";
COMMIT;
