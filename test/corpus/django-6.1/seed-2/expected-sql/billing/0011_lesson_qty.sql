BEGIN;
--
-- Add field qty to lesson
--
ALTER TABLE "billing_station_t3" ADD COLUMN "qty" text DEFAULT 'n/a' NOT NULL;
ALTER TABLE "billing_station_t3" ALTER COLUMN "qty" DROP DEFAULT;
COMMIT;
