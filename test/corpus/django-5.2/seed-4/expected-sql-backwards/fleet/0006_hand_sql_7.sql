BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "fleet_reading" IS NULL;
COMMIT;
