BEGIN;
--
-- Add field uid to sensor
--
ALTER TABLE "blog_sensor" DROP COLUMN "uid";
COMMIT;
