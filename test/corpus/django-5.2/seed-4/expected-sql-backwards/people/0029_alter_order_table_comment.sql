BEGIN;
--
-- Alter order table comment
--
COMMENT ON TABLE "people_order" IS '';
COMMIT;
