BEGIN;
--
-- Rename model Warehouse to Comment
--
ALTER TABLE "library_comment" RENAME TO "library_warehouse";
COMMIT;
