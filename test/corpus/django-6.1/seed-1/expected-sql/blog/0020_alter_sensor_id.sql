BEGIN;
--
-- Alter field id on sensor
--
ALTER TABLE "blog_sensor" ALTER COLUMN "id" TYPE smallint USING "id"::smallint;
ALTER SEQUENCE IF EXISTS "blog_sensor_id_seq" AS smallint;
COMMIT;
