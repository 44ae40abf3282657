BEGIN;
--
-- Add field zone to sensor
--
ALTER TABLE "blog_sensor" DROP COLUMN "zone";
COMMIT;
