BEGIN;
--
-- Alter field weight on sensor
--
ALTER TABLE "billing_sensor_t16" RENAME COLUMN "weight_id" TO "Renamed_weight23";
COMMIT;
