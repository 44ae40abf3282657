BEGIN;
--
-- Add field weight to book
--
ALTER TABLE "library_book" ADD COLUMN "weight_id" integer NULL CONSTRAINT "library_book_weight_id_c6257e11_fk_events_team_id" REFERENCES "events_team"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "library_book_weight_id_c6257e11_fk_events_team_id" IMMEDIATE;
CREATE INDEX "library_book_weight_id_c6257e11" ON "library_book" ("weight_id");
COMMIT;
