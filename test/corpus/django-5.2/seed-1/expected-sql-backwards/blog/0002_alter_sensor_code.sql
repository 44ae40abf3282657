BEGIN;
--
-- Alter field code on sensor
--
ALTER TABLE "blog_sensor" ALTER COLUMN "code" TYPE bigint USING "code"::bigint;
ALTER SEQUENCE IF EXISTS "blog_sensor_code_seq" AS bigint;
COMMIT;
