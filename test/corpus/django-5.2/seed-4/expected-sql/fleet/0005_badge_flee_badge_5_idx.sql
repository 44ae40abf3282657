BEGIN;
--
-- Create index flee_badge_5_idx on field(s) position of model badge
--
CREATE INDEX "flee_badge_5_idx" ON "fleet_badge" USING hash ("position");
COMMIT;
