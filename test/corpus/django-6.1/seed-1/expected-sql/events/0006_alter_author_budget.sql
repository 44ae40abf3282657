BEGIN;
--
-- Alter field budget on author
--
SET CONSTRAINTS "events_author_budget_id_65f94d8d_fk_events_author_id" IMMEDIATE; ALTER TABLE "events_author" DROP CONSTRAINT "events_author_budget_id_65f94d8d_fk_events_author_id";
ALTER TABLE "events_author" ADD CONSTRAINT "events_author_budget_id_65f94d8d_fk_events_author_id" FOREIGN KEY ("budget_id") REFERENCES "events_author" ("id") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
COMMIT;
