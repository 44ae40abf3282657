BEGIN;
--
-- Alter field label on order
--
ALTER TABLE "events_team_t18" ADD CONSTRAINT "events_team_t18_label_aba62e2e_uniq" UNIQUE ("label");
COMMIT;
