BEGIN;
--
-- Alter order table comment
--
COMMENT ON TABLE "billing_order" IS 'Don''t touch v21';
COMMIT;
