BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to device
--
-- (no-op)
--
-- Create model Recipe
--
DROP TABLE "blog_recipe" CASCADE;
COMMIT;
