BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "billing_recipe" IS NULL;
COMMIT;
