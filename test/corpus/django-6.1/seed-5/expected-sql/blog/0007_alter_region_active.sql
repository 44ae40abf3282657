BEGIN;
--
-- Alter field active on region
--
CREATE INDEX "blog_region_active_14e29370" ON "blog_region" ("active");
COMMIT;
