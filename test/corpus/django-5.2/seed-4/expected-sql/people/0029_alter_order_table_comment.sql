BEGIN;
--
-- Alter order table comment
--
COMMENT ON TABLE "people_order" IS 'Orders table v27';
COMMIT;
