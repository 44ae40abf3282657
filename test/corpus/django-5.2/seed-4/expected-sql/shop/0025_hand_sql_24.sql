BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "shop_recipe" IS 'touched by hand 24';
COMMIT;
