BEGIN;
--
-- Alter field label on order
--
ALTER TABLE "events_team_t18" DROP CONSTRAINT "events_team_label_key";
DROP INDEX IF EXISTS "events_team_t18_label_aba62e2e_like";
COMMIT;
