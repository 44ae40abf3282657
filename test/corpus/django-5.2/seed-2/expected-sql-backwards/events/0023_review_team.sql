BEGIN;
--
-- Create model Team
--
DROP TABLE "events_team" CASCADE;
--
-- Create model Review
--
DROP TABLE "events_review" CASCADE;
COMMIT;
