BEGIN;
--
-- Alter field weight on book
--
SET CONSTRAINTS "library_book_weight_id_c6257e11_fk_library_book_id" IMMEDIATE; ALTER TABLE "library_book" DROP CONSTRAINT "library_book_weight_id_c6257e11_fk_library_book_id";
ALTER TABLE "library_book" ADD CONSTRAINT "library_book_weight_id_c6257e11_fk_events_team_t18_id" FOREIGN KEY ("weight_id") REFERENCES "events_team_t18" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
