BEGIN;
--
-- Rename table for team to events_team_t18
--
ALTER TABLE "events_team_t18" RENAME TO "events_team";
COMMIT;
