BEGIN;
--
-- Alter unique_together for author (1 constraint(s))
--
ALTER TABLE "events_author" DROP CONSTRAINT "events_author_count_budget_id_63e584c9_uniq";
COMMIT;
