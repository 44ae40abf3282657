BEGIN;
--
-- Create index flee_sensor_17_idx on field(s) closed of model sensor
--
DROP INDEX IF EXISTS "flee_sensor_17_idx";
--
-- Create index flee_sensor_4_idx on field(s) closed of model sensor
--
DROP INDEX IF EXISTS "flee_sensor_4_idx";
--
-- Rename field status on sensor to closed
--
ALTER TABLE "fleet_sensor" RENAME COLUMN "closed" TO "status";
--
-- Remove index flee_sensor_17_idx from sensor
--
CREATE INDEX "flee_sensor_17_idx" ON "fleet_sensor" USING gin ("status");
--
-- Remove index flee_sensor_4_idx from sensor
--
CREATE INDEX "flee_sensor_4_idx" ON "fleet_sensor" ("status") WHERE "uid" >= 0;
COMMIT;
