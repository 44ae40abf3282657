BEGIN;
--
-- Remove index blog_region_9_idx from region
--
CREATE INDEX "blog_region_9_idx" ON "blog_region" USING gist ("col_active13");
COMMIT;
