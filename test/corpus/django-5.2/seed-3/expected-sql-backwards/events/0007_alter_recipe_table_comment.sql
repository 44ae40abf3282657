BEGIN;
--
-- Alter recipe table comment
--
COMMENT ON TABLE "events_recipe" IS '';
COMMIT;
