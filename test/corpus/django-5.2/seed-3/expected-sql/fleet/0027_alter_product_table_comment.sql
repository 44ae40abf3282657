BEGIN;
--
-- Alter product table comment
--
COMMENT ON TABLE "fleet_product" IS 'Comment v1 v18';
COMMIT;
