BEGIN;
--
-- Add field total to region
--
ALTER TABLE "blog_region" ADD COLUMN "total" varchar(50) DEFAULT 'n/a' NOT NULL UNIQUE;
ALTER TABLE "blog_region" ALTER COLUMN "total" DROP DEFAULT;
CREATE INDEX "blog_region_total_757329a1_like" ON "blog_region" ("total" varchar_pattern_ops);
COMMIT;
