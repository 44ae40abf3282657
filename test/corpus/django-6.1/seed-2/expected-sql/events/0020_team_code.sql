BEGIN;
--
-- Add field code to team
--
ALTER TABLE "events_team" ADD COLUMN "code" text DEFAULT 'n/a' NOT NULL;
ALTER TABLE "events_team" ALTER COLUMN "code" DROP DEFAULT;
COMMIT;
