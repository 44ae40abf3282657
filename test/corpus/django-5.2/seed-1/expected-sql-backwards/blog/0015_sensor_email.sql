BEGIN;
--
-- Add field email to sensor
--
ALTER TABLE "blog_sensor" DROP COLUMN "email" CASCADE;
COMMIT;
