BEGIN;
--
-- Alter unique_together for sensor (0 constraint(s))
--
ALTER TABLE "blog_sensor" DROP CONSTRAINT "blog_sensor_visible_rating_89ef8eca_uniq";
--
-- Alter field label on sensor
--
ALTER TABLE "blog_sensor" ALTER COLUMN "label" DROP NOT NULL;
--
-- Remove field rating from sensor
--
ALTER TABLE "blog_sensor" DROP COLUMN "rating";
COMMIT;
