BEGIN;
--
-- Create index blog_region_9_idx on field(s) active of model region
--
CREATE INDEX "blog_region_9_idx" ON "blog_region" USING gist ("active");
COMMIT;
