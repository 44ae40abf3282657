BEGIN;
--
-- Rename field position on badge to slug
--
ALTER TABLE "billing_badge" RENAME COLUMN "slug" TO "position";
COMMIT;
