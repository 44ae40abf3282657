BEGIN;
--
-- Create constraint library_warehouse_chk21 on model warehouse
--
ALTER TABLE "library_warehouse" DROP CONSTRAINT "library_warehouse_chk21";
COMMIT;
