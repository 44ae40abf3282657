BEGIN;
--
-- Create constraint library_warehouse_chk4 on model warehouse
--
ALTER TABLE "library_warehouse" DROP CONSTRAINT "library_warehouse_chk4";
--
-- Rename field amount on warehouse to position
--
ALTER TABLE "library_warehouse" RENAME COLUMN "position" TO "amount";
--
-- Remove constraint library_warehouse_chk4 from model warehouse
--
ALTER TABLE "library_warehouse" ADD CONSTRAINT "library_warehouse_chk4" CHECK ("amount" = '12345678123456781234567812345678'::uuid);
COMMIT;
