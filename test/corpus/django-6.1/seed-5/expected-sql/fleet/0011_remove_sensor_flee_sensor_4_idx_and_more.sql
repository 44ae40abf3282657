BEGIN;
--
-- Remove index flee_sensor_4_idx from sensor
--
DROP INDEX IF EXISTS "flee_sensor_4_idx";
--
-- Remove index flee_sensor_17_idx from sensor
--
DROP INDEX IF EXISTS "flee_sensor_17_idx";
--
-- Rename field status on sensor to closed
--
ALTER TABLE "fleet_sensor" RENAME COLUMN "status" TO "closed";
--
-- Create index flee_sensor_4_idx on field(s) closed of model sensor
--
CREATE INDEX "flee_sensor_4_idx" ON "fleet_sensor" ("closed") WHERE "uid" >= 0;
--
-- Create index flee_sensor_17_idx on field(s) closed of model sensor
--
CREATE INDEX "flee_sensor_17_idx" ON "fleet_sensor" USING gin ("closed");
COMMIT;
