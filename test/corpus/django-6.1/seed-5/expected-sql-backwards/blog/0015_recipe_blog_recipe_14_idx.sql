--
-- Concurrently create index blog_recipe_14_idx on field(s) slug of model recipe
--
DROP INDEX CONCURRENTLY IF EXISTS "blog_recipe_14_idx";
