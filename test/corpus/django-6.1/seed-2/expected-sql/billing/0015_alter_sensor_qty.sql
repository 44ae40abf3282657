BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "billing_sensor_t16" ALTER COLUMN "qty" SET DEFAULT '2024-02-29 23:59:59+00:00'::timestamptz;
COMMIT;
