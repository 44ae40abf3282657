BEGIN;
--
-- Alter field active on region
--
ALTER TABLE "blog_region" RENAME COLUMN "col_active13" TO "active";
COMMIT;
