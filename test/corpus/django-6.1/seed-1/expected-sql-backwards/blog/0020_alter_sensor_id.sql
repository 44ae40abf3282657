BEGIN;
--
-- Alter field id on sensor
--
ALTER TABLE "blog_sensor" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
ALTER SEQUENCE IF EXISTS "blog_sensor_id_seq" AS bigint;
COMMIT;
