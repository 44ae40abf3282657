BEGIN;
--
-- Add field budget to team
--
ALTER TABLE "events_team" ADD COLUMN "budget_id" integer NULL CONSTRAINT "events_team_budget_id_f574aad1_fk_library_book_id" REFERENCES "library_book"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_team_budget_id_f574aad1_fk_library_book_id" IMMEDIATE;
COMMENT ON COLUMN "events_team"."budget_id" IS 'link to Book';
CREATE INDEX "events_team_budget_id_f574aad1" ON "events_team" ("budget_id");
COMMIT;
