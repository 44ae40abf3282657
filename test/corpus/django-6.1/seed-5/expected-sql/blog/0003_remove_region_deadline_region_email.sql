BEGIN;
--
-- Remove field deadline from region
--
ALTER TABLE "blog_region" DROP COLUMN "deadline_id";
--
-- Add field email to region
--
ALTER TABLE "blog_region" ADD COLUMN "email_id" bigint DEFAULT 1 NOT NULL;
ALTER TABLE "blog_region" ALTER COLUMN "email_id" DROP DEFAULT;
CREATE INDEX "blog_region_email_id_1d6dd438" ON "blog_region" ("email_id");
COMMIT;
