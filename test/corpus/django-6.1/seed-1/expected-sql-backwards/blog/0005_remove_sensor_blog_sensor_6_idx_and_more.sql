BEGIN;
--
-- Create index blog_sensor_6_idx on field(s) label of model sensor
--
DROP INDEX IF EXISTS "blog_sensor_6_idx";
--
-- Rename field checksum on sensor to label
--
ALTER TABLE "blog_sensor" RENAME COLUMN "label" TO "checksum";
--
-- Remove index blog_sensor_6_idx from sensor
--
CREATE INDEX "blog_sensor_6_idx" ON "blog_sensor" USING gin ("checksum");
COMMIT;
