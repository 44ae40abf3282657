BEGIN;
--
-- Create constraint fleet_badge_chk18 on model badge
--
ALTER TABLE "fleet_badge" DROP CONSTRAINT "fleet_badge_chk18";
COMMIT;
