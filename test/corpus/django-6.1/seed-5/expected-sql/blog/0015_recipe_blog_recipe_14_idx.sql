--
-- Concurrently create index blog_recipe_14_idx on field(s) slug of model recipe
--
CREATE INDEX CONCURRENTLY "blog_recipe_14_idx" ON "blog_recipe" USING btree ("slug") WITH (fillfactor = 80, deduplicate_items = off);
