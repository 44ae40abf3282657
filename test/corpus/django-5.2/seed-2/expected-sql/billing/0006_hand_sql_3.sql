BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "billing_recipe" IS 'touched by hand 3';
COMMIT;
