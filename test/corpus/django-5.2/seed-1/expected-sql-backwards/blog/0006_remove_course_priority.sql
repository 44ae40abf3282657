BEGIN;
--
-- Remove field priority from course
--
ALTER TABLE "blog_course" ADD COLUMN "priority" varchar(16)[] NOT NULL;
COMMIT;
