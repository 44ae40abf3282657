BEGIN;
--
-- Alter book table comment
--
COMMENT ON TABLE "library_book" IS '';
--
-- Rename model Event to Venue
--
ALTER TABLE "library_venue" RENAME TO "library_event";
COMMIT;
