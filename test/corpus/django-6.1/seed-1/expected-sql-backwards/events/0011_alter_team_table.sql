BEGIN;
--
-- Rename table for team to events_team_t27
--
ALTER TABLE "events_team_t27" RENAME TO "events_team";
ALTER TABLE "events_team_t27_size" RENAME TO "events_team_size";
COMMIT;
