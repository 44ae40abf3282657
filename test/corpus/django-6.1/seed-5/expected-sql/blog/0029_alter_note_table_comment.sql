BEGIN;
--
-- Alter note table comment
--
COMMENT ON TABLE "blog_note" IS 'Orders table v27';
COMMIT;
