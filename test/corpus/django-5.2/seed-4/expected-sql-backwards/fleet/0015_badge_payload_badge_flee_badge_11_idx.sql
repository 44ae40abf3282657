BEGIN;
--
-- Create index flee_badge_11_idx on field(s) -level of model badge
--
DROP INDEX IF EXISTS "flee_badge_11_idx";
--
-- Add field payload to badge
--
ALTER TABLE "fleet_badge" DROP COLUMN "payload" CASCADE;
COMMIT;
