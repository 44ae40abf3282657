BEGIN;
--
-- Add field ip to region
--
ALTER TABLE "blog_region" ADD COLUMN "ip" varchar(200) DEFAULT 'https://example.com/' NOT NULL;
ALTER TABLE "blog_region" ALTER COLUMN "ip" DROP DEFAULT;
COMMIT;
