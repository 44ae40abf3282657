BEGIN;
--
-- Alter region table comment
--
COMMENT ON TABLE "blog_region" IS '';
COMMIT;
