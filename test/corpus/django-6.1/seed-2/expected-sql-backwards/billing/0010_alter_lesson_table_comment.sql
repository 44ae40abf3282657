BEGIN;
--
-- Alter lesson table comment
--
COMMENT ON TABLE "billing_station_t3" IS '';
COMMIT;
