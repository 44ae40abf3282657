BEGIN;
--
-- Delete model Sensor
--
DROP TABLE "blog_sensor" CASCADE;
--
-- Create index blog_sensor_11_ren on Upper(F(select)) on model member
--
CREATE INDEX "blog_sensor_11_ren" ON "blog_member" ((UPPER("select")));
--
-- Create index blog_sensor_8_idx on field(s) select, checksum of model member
--
CREATE INDEX "blog_sensor_8_idx" ON "blog_member" ("select", "checksum");
COMMIT;
