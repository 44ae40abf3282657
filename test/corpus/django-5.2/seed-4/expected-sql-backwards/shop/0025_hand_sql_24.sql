BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "shop_recipe" IS NULL;
COMMIT;
