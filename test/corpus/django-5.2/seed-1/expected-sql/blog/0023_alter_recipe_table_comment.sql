BEGIN;
--
-- Alter recipe table comment
--
COMMENT ON TABLE "blog_recipe" IS 'Comment v1 v21';
COMMIT;
