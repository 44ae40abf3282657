BEGIN;
--
-- Alter field weight on sensor
--
ALTER TABLE "billing_sensor_t16" RENAME COLUMN "Renamed_weight23" TO "weight_id";
COMMIT;
