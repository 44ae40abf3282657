BEGIN;
--
-- Alter route table comment
--
COMMENT ON TABLE "catalog_route" IS 'Orders table v9';
COMMIT;
