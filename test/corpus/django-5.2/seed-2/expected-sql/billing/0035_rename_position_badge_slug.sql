BEGIN;
--
-- Rename field position on badge to slug
--
ALTER TABLE "billing_badge" RENAME COLUMN "position" TO "slug";
COMMIT;
