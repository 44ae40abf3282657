BEGIN;
--
-- Alter station table comment
--
COMMENT ON TABLE "billing_station_t1" IS '';
COMMIT;
