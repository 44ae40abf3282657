BEGIN;
--
-- Add field phone to sensor
--
ALTER TABLE "billing_sensor_t16" DROP COLUMN "phone";
COMMIT;
