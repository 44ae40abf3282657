BEGIN;
--
-- Rename index blog_sensor_1_idx on sensor to blog_sensor_11_ren
--
ALTER INDEX "blog_sensor_11_ren" RENAME TO "blog_sensor_1_idx";
COMMIT;
