BEGIN;
--
-- Add field budget to author
--
ALTER TABLE "events_author" ADD COLUMN "budget_id" smallint DEFAULT 1 NOT NULL CONSTRAINT "events_author_budget_id_65f94d8d_fk_catalog_course_id" REFERENCES "catalog_course"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_author_budget_id_65f94d8d_fk_catalog_course_id" IMMEDIATE;
ALTER TABLE "events_author" ALTER COLUMN "budget_id" DROP DEFAULT;
COMMIT;
