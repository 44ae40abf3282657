BEGIN;
--
-- Remove field total from reading
--
ALTER TABLE "fleet_reading" ADD COLUMN "Col_total" jsonb DEFAULT '[]'::jsonb NOT NULL;
ALTER TABLE "fleet_reading" ALTER COLUMN "Col_total" DROP DEFAULT;
COMMIT;
