BEGIN;
--
-- Remove field score from tag
--
ALTER TABLE "events_tag" ADD COLUMN "score" varchar(16)[] NULL;
COMMIT;
