BEGIN;
--
-- Create index libr_warehous_11_idx on field(s) path of model comment
--
DROP INDEX IF EXISTS "libr_warehous_11_idx";
--
-- Rename field type on comment to path
--
ALTER TABLE "library_comment" RENAME COLUMN "path" TO "type";
--
-- Remove index libr_warehous_11_idx from comment
--
CREATE INDEX "libr_warehous_11_idx" ON "library_comment" ("type");
COMMIT;
