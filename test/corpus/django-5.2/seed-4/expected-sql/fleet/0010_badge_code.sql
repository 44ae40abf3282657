BEGIN;
--
-- Add field code to badge
--
ALTER TABLE "fleet_badge" ADD COLUMN "code" date[3] NULL;
COMMIT;
