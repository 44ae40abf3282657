BEGIN;
--
-- Alter field email on region
--
ALTER TABLE "blog_region" ALTER COLUMN "email_id" SET NOT NULL;
COMMIT;
