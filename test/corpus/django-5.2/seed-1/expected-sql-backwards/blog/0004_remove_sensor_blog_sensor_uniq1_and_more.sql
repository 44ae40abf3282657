BEGIN;
--
-- Remove field checksum from sensor
--
ALTER TABLE "blog_sensor" ADD COLUMN "checksum" smallint DEFAULT  -5 NOT NULL;
ALTER TABLE "blog_sensor" ALTER COLUMN "checksum" DROP DEFAULT;
--
-- Remove constraint blog_sensor_uniq2 from model sensor
--
ALTER TABLE "blog_sensor" ADD CONSTRAINT "blog_sensor_uniq2" UNIQUE ("checksum", "MixedCase_level");
--
-- Remove constraint blog_sensor_uniq1 from model sensor
--
ALTER TABLE "blog_sensor" ADD CONSTRAINT "blog_sensor_uniq1" UNIQUE NULLS NOT DISTINCT ("checksum", "MixedCase_level");
COMMIT;
