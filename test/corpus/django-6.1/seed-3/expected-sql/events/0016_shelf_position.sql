BEGIN;
--
-- Add field position to shelf
--
ALTER TABLE "events_shelf_t15" ADD COLUMN "position_id" bigint DEFAULT 1 NOT NULL CONSTRAINT "events_shelf_t15_position_id_181f74ff_fk_fleet_product_t4_id" REFERENCES "fleet_product_t4"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_shelf_t15_position_id_181f74ff_fk_fleet_product_t4_id" IMMEDIATE;
ALTER TABLE "events_shelf_t15" ALTER COLUMN "position_id" DROP DEFAULT;
CREATE INDEX "events_shelf_t15_position_id_181f74ff" ON "events_shelf_t15" ("position_id");
COMMIT;
