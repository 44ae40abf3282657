BEGIN;
--
-- Alter order table comment
--
COMMENT ON TABLE "billing_order" IS '';
COMMIT;
