BEGIN;
--
-- Remove field rating from sensor
--
ALTER TABLE "blog_sensor" ADD COLUMN "rating" varchar(32) DEFAULT 'naïve' NULL;
ALTER TABLE "blog_sensor" ALTER COLUMN "rating" DROP DEFAULT;
--
-- Alter field label on sensor
--
ALTER TABLE "blog_sensor" ALTER COLUMN "label" SET NOT NULL;
--
-- Alter unique_together for sensor (0 constraint(s))
--
ALTER TABLE "blog_sensor" ADD CONSTRAINT "blog_sensor_weight_rating_4865aba8_uniq" UNIQUE ("weight", "rating");
COMMIT;
