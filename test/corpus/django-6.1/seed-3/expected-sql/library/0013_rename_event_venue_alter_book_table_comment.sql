BEGIN;
--
-- Rename model Event to Venue
--
ALTER TABLE "library_event" RENAME TO "library_venue";
--
-- Alter book table comment
--
COMMENT ON TABLE "library_book" IS 'Comment v1 v19';
COMMIT;
