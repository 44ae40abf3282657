BEGIN;
--
-- Remove constraint blog_sensor_uniq1 from model sensor
--
ALTER TABLE "blog_sensor" DROP CONSTRAINT "blog_sensor_uniq1";
--
-- Remove constraint blog_sensor_uniq2 from model sensor
--
ALTER TABLE "blog_sensor" DROP CONSTRAINT "blog_sensor_uniq2";
--
-- Remove field checksum from sensor
--
ALTER TABLE "blog_sensor" DROP COLUMN "checksum" CASCADE;
COMMIT;
