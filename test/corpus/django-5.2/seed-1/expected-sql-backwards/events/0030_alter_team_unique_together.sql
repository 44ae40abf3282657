BEGIN;
--
-- Alter unique_together for team (1 constraint(s))
--
ALTER TABLE "events_team" DROP CONSTRAINT "events_team_token_phone_abe0656b_uniq";
COMMIT;
