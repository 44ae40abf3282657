BEGIN;
--
-- Remove field budget from author
--
SET CONSTRAINTS "events_author_budget_id_65f94d8d_fk_catalog_course_id" IMMEDIATE; ALTER TABLE "events_author" DROP CONSTRAINT "events_author_budget_id_65f94d8d_fk_catalog_course_id";
ALTER TABLE "events_author" DROP COLUMN "budget_id" CASCADE;
COMMIT;
