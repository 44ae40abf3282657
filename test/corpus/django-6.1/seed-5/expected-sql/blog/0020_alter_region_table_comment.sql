BEGIN;
--
-- Alter region table comment
--
COMMENT ON TABLE "blog_region" IS 'Orders table v19';
COMMIT;
