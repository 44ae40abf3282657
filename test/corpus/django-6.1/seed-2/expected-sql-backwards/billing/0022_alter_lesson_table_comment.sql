BEGIN;
--
-- Alter lesson table comment
--
COMMENT ON TABLE "billing_station_t3" IS 'Don''t touch v10';
COMMIT;
