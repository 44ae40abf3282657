BEGIN;
--
-- Alter field budget on sensor
--
CREATE INDEX "fleet_sensor_Renamed_budget18_454a0a49" ON "fleet_sensor" ("Renamed_budget18");
COMMIT;
