BEGIN;
--
-- Alter unique_together for sensor (1 constraint(s))
--
ALTER TABLE "blog_sensor" DROP CONSTRAINT "blog_sensor_visible_rating_89ef8eca_uniq";
COMMIT;
