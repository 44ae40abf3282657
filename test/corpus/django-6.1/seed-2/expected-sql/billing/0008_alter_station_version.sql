BEGIN;
--
-- Alter field version on station
--
CREATE INDEX "billing_station_t1_version_a1df7f0a" ON "billing_station_t1" ("version");
CREATE INDEX "billing_station_t1_version_a1df7f0a_like" ON "billing_station_t1" ("version" varchar_pattern_ops);
COMMIT;
