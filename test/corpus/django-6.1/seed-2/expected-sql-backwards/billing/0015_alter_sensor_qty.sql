BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "billing_sensor_t16" ALTER COLUMN "qty" DROP DEFAULT;
COMMIT;
