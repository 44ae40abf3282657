BEGIN;
--
-- Alter recipe table comment
--
COMMENT ON TABLE "events_recipe" IS 'Orders table v9';
COMMIT;
