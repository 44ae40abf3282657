BEGIN;
--
-- Add field email to sensor
--
ALTER TABLE "blog_sensor" ADD COLUMN "email" integer DEFAULT 5 NOT NULL CHECK ("email" >= 0);
ALTER TABLE "blog_sensor" ALTER COLUMN "email" DROP DEFAULT;
COMMIT;
