BEGIN;
--
-- Alter field ratio on course
--
ALTER TABLE "blog_course" ALTER COLUMN "ratio" TYPE smallint;
COMMENT ON COLUMN "blog_course"."ratio" IS '';
COMMIT;
