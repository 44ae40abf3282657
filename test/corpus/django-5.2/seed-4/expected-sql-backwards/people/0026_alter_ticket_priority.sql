BEGIN;
--
-- Alter field priority on ticket
--
SET CONSTRAINTS "people_ticket_priority_id_0f5819dc_fk_fleet_reading_id" IMMEDIATE; ALTER TABLE "people_ticket" DROP CONSTRAINT "people_ticket_priority_id_0f5819dc_fk_fleet_reading_id";
ALTER TABLE "people_ticket" ADD CONSTRAINT "people_ticket_priority_id_0f5819dc_fk_shop_recipe_id" FOREIGN KEY ("priority_id") REFERENCES "shop_recipe" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
