BEGIN;
--
-- Add field phone to sensor
--
ALTER TABLE "billing_sensor_t16" ADD COLUMN "phone" date DEFAULT '2026-11-25'::date NULL;
ALTER TABLE "billing_sensor_t16" ALTER COLUMN "phone" DROP DEFAULT;
COMMENT ON COLUMN "billing_sensor_t16"."phone" IS 'Primary contact';
COMMIT;
