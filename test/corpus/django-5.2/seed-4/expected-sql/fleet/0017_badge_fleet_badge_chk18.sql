BEGIN;
--
-- Create constraint fleet_badge_chk18 on model badge
--
ALTER TABLE "fleet_badge" ADD CONSTRAINT "fleet_badge_chk18" CHECK ("position" IN (1, 2, 3));
COMMIT;
