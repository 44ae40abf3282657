BEGIN;
--
-- Remove field rating from team
--
ALTER TABLE "events_team" ADD COLUMN "MixedCase_rating" date DEFAULT '2023-05-17'::date NOT NULL;
ALTER TABLE "events_team" ALTER COLUMN "MixedCase_rating" DROP DEFAULT;
COMMIT;
