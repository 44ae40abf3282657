BEGIN;
--
-- Add field uid to sensor
--
ALTER TABLE "blog_sensor" ADD COLUMN "uid" date DEFAULT '2023-05-17'::date NULL;
ALTER TABLE "blog_sensor" ALTER COLUMN "uid" DROP DEFAULT;
COMMIT;
