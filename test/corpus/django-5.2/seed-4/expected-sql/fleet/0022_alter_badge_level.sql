BEGIN;
--
-- Alter field level on badge
--
CREATE INDEX "fleet_badge_level_52f64d34" ON "fleet_badge" ("level");
COMMIT;
