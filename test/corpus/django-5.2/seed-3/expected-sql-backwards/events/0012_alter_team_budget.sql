BEGIN;
--
-- Alter field budget on team
--
ALTER TABLE "events_team" ADD CONSTRAINT "events_team_budget_id_f574aad1_fk_library_book_id" FOREIGN KEY ("budget_id") REFERENCES "library_book" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
