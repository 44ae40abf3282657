BEGIN;
--
-- Rename model Warehouse to Comment
--
ALTER TABLE "library_warehouse" RENAME TO "library_comment";
COMMIT;
