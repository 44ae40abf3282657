BEGIN;
--
-- Remove index blog_seat_4_idx from seat
--
DROP INDEX IF EXISTS "blog_seat_4_idx";
--
-- Alter unique_together for sensor (1 constraint(s))
--
ALTER TABLE "blog_sensor" ADD CONSTRAINT "blog_sensor_visible_rating_89ef8eca_uniq" UNIQUE ("visible", "rating");
--
-- Delete model Seat
--
DROP TABLE "blog_seat" CASCADE;
COMMIT;
