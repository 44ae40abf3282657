BEGIN;
--
-- Remove field budget from author
--
ALTER TABLE "events_author" ADD COLUMN "budget_id" smallint NOT NULL CONSTRAINT "events_author_budget_id_65f94d8d_fk_catalog_course_id" REFERENCES "catalog_course"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_author_budget_id_65f94d8d_fk_catalog_course_id" IMMEDIATE;
COMMIT;
