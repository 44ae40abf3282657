BEGIN;
--
-- Rename table for team to events_team_t29
--
ALTER TABLE "events_team_t29" RENAME TO "events_team_t18";
COMMIT;
