BEGIN;
--
-- Alter field total on comment
--
SET CONSTRAINTS "events_comment_total_id_182f2540_fk_library_book_id" IMMEDIATE; ALTER TABLE "events_comment" DROP CONSTRAINT "events_comment_total_id_182f2540_fk_library_book_id";
ALTER TABLE "events_comment" ALTER COLUMN "total_id" DROP NOT NULL;
ALTER TABLE "events_comment" ADD CONSTRAINT "events_comment_total_id_182f2540_fk_library_book_id" FOREIGN KEY ("total_id") REFERENCES "library_book" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
