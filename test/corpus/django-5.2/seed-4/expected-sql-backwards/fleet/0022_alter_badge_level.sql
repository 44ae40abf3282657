BEGIN;
--
-- Alter field level on badge
--
DROP INDEX IF EXISTS "fleet_badge_level_52f64d34";
COMMIT;
