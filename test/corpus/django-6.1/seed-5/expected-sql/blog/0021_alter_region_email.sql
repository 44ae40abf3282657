BEGIN;
--
-- Alter field email on region
--
ALTER TABLE "blog_region" ALTER COLUMN "email_id" DROP NOT NULL;
COMMIT;
