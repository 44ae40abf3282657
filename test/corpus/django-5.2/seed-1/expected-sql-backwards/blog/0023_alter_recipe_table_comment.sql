BEGIN;
--
-- Alter recipe table comment
--
COMMENT ON TABLE "blog_recipe" IS '';
COMMIT;
