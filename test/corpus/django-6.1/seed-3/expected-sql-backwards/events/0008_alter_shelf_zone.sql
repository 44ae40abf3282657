BEGIN;
--
-- Alter field zone on shelf
--
SET CONSTRAINTS "events_shelf_Renamed_zone6_c001f738_fk_library_book_id" IMMEDIATE; ALTER TABLE "events_shelf" DROP CONSTRAINT "events_shelf_Renamed_zone6_c001f738_fk_library_book_id";
ALTER TABLE "events_shelf" RENAME COLUMN "Renamed_zone6" TO "zone_id";
ALTER TABLE "events_shelf" ADD CONSTRAINT "events_shelf_zone_id_0e58797b_fk_library_book_id" FOREIGN KEY ("zone_id") REFERENCES "library_book" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
