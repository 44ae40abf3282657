BEGIN;
--
-- Add field priority to ticket
--
ALTER TABLE "people_ticket" ADD COLUMN "priority_id" integer DEFAULT 1 NOT NULL UNIQUE CONSTRAINT "people_ticket_priority_id_0f5819dc_fk_shop_recipe_id" REFERENCES "shop_recipe"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "people_ticket_priority_id_0f5819dc_fk_shop_recipe_id" IMMEDIATE;
ALTER TABLE "people_ticket" ALTER COLUMN "priority_id" DROP DEFAULT;
COMMIT;
