BEGIN;
--
-- Rename table for sensor to billing_sensor_t16
--
ALTER TABLE "billing_sensor_t16" RENAME TO "billing_sensor";
COMMIT;
