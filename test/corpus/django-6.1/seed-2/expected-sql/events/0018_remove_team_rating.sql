BEGIN;
--
-- Remove field rating from team
--
ALTER TABLE "events_team" DROP COLUMN "MixedCase_rating";
COMMIT;
