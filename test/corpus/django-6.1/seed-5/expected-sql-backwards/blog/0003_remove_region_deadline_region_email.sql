BEGIN;
--
-- Add field email to region
--
ALTER TABLE "blog_region" DROP COLUMN "email_id";
--
-- Remove field deadline from region
--
ALTER TABLE "blog_region" ADD COLUMN "deadline_id" bigint NOT NULL;
CREATE INDEX "blog_region_deadline_id_1bf8ac2b" ON "blog_region" ("deadline_id");
COMMIT;
