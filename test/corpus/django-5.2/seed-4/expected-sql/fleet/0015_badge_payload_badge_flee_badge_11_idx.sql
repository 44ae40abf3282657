BEGIN;
--
-- Add field payload to badge
--
ALTER TABLE "fleet_badge" ADD COLUMN "payload" boolean DEFAULT false NOT NULL;
ALTER TABLE "fleet_badge" ALTER COLUMN "payload" DROP DEFAULT;
--
-- Create index flee_badge_11_idx on field(s) -level of model badge
--
CREATE INDEX "flee_badge_11_idx" ON "fleet_badge" ("level" DESC);
COMMIT;
