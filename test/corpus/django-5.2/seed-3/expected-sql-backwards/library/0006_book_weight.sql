BEGIN;
--
-- Add field weight to book
--
SET CONSTRAINTS "library_book_weight_id_c6257e11_fk_events_team_id" IMMEDIATE; ALTER TABLE "library_book" DROP CONSTRAINT "library_book_weight_id_c6257e11_fk_events_team_id";
ALTER TABLE "library_book" DROP COLUMN "weight_id" CASCADE;
COMMIT;
