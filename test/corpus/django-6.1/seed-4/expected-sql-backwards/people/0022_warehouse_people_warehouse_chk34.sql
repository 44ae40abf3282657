BEGIN;
--
-- Create constraint people_warehouse_chk34 on model warehouse
--
ALTER TABLE "people_warehouse_t15" DROP CONSTRAINT "people_warehouse_chk34";
COMMIT;
