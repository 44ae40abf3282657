BEGIN;
--
-- Remove index blog_sensor_6_idx from sensor
--
DROP INDEX IF EXISTS "blog_sensor_6_idx";
--
-- Rename field checksum on sensor to label
--
ALTER TABLE "blog_sensor" RENAME COLUMN "checksum" TO "label";
--
-- Create index blog_sensor_6_idx on field(s) label of model sensor
--
CREATE INDEX "blog_sensor_6_idx" ON "blog_sensor" USING gin ("label");
COMMIT;
