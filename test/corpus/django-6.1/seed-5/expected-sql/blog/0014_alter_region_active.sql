BEGIN;
--
-- Alter field active on region
--
ALTER TABLE "blog_region" RENAME COLUMN "active" TO "col_active13";
COMMIT;
