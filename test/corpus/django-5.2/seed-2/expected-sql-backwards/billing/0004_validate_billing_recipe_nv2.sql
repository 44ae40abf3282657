BEGIN;
--
-- Validate constraint billing_recipe_nv2 on model recipe
--
-- (no-op)
COMMIT;
