BEGIN;
--
-- Alter unique_together for sensor (1 constraint(s))
--
ALTER TABLE "blog_sensor" ADD CONSTRAINT "blog_sensor_visible_rating_89ef8eca_uniq" UNIQUE ("visible", "rating");
COMMIT;
