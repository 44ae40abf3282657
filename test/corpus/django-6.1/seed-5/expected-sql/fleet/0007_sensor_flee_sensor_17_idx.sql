BEGIN;
--
-- Create index flee_sensor_17_idx on field(s) status of model sensor
--
CREATE INDEX "flee_sensor_17_idx" ON "fleet_sensor" USING gin ("status");
COMMIT;
