BEGIN;
--
-- Alter field payload on sensor
--
CREATE INDEX "fleet_sensor_payload_4ec8e14a" ON "fleet_sensor" ("payload");
COMMIT;
