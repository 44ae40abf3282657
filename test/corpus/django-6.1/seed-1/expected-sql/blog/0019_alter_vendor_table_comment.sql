BEGIN;
--
-- Alter vendor table comment
--
COMMENT ON TABLE "blog_vendor_t11" IS 'Comment v1 v24';
COMMIT;
