BEGIN;
--
-- Create index flee_badge_23_idx on field(s) position of model badge
--
CREATE INDEX "flee_badge_23_idx" ON "fleet_badge" ("position") INCLUDE ("payload");
COMMIT;
