BEGIN;
--
-- Remove constraint billing_recipe_nv2 from model recipe
--
ALTER TABLE "billing_recipe" ADD CONSTRAINT "billing_recipe_nv2" CHECK (("website" IN ('a', 'b', 'it''s') AND "label" < 1));
COMMIT;
