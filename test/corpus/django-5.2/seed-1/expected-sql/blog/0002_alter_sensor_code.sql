BEGIN;
--
-- Alter field code on sensor
--
ALTER TABLE "blog_sensor" ALTER COLUMN "code" TYPE integer USING "code"::integer;
ALTER SEQUENCE IF EXISTS "blog_sensor_code_seq" AS integer;
COMMIT;
