BEGIN;
--
-- Add field position to shelf
--
SET CONSTRAINTS "events_shelf_t15_position_id_181f74ff_fk_fleet_product_t4_id" IMMEDIATE; ALTER TABLE "events_shelf_t15" DROP CONSTRAINT "events_shelf_t15_position_id_181f74ff_fk_fleet_product_t4_id";
ALTER TABLE "events_shelf_t15" DROP COLUMN "position_id";
COMMIT;
