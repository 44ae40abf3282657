BEGIN;
--
-- Alter field priority on ticket
--
SET CONSTRAINTS "people_ticket_priority_id_0f5819dc_fk_shop_recipe_id" IMMEDIATE; ALTER TABLE "people_ticket" DROP CONSTRAINT "people_ticket_priority_id_0f5819dc_fk_shop_recipe_id";
ALTER TABLE "people_ticket" ADD CONSTRAINT "people_ticket_priority_id_0f5819dc_fk_fleet_reading_id" FOREIGN KEY ("priority_id") REFERENCES "fleet_reading" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
