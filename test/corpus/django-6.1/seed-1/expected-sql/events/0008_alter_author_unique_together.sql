BEGIN;
--
-- Alter unique_together for author (1 constraint(s))
--
ALTER TABLE "events_author" ADD CONSTRAINT "events_author_count_budget_id_63e584c9_uniq" UNIQUE ("count", "budget_id");
COMMIT;
