BEGIN;
--
-- Alter note table comment
--
COMMENT ON TABLE "blog_note" IS '';
COMMIT;
