BEGIN;
--
-- Add field priority to ticket
--
SET CONSTRAINTS "people_ticket_priority_id_0f5819dc_fk_shop_recipe_id" IMMEDIATE; ALTER TABLE "people_ticket" DROP CONSTRAINT "people_ticket_priority_id_0f5819dc_fk_shop_recipe_id";
ALTER TABLE "people_ticket" DROP COLUMN "priority_id" CASCADE;
COMMIT;
