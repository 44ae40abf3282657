BEGIN;
--
-- Create model Team
--
DROP TABLE "events_team" CASCADE;
COMMIT;
