BEGIN;
--
-- Alter unique_together for badge (1 constraint(s))
--
ALTER TABLE "fleet_badge" DROP CONSTRAINT "fleet_badge_position_level_95289fd2_uniq";
COMMIT;
