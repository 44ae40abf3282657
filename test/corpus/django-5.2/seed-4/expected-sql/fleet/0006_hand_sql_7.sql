BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "fleet_reading" IS 'touched by hand 7';
COMMIT;
