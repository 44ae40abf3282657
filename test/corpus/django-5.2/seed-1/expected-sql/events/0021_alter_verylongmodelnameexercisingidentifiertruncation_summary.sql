BEGIN;
--
-- Alter field summary on verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ADD CONSTRAINT "events_verylongmodelname_summary_fdf5cc3a_uniq" UNIQUE ("summary");
CREATE INDEX "events_verylongmodelname_summary_fdf5cc3a_like" ON "events_verylongmodelnameexercisingidentifiertruncation" ("summary" varchar_pattern_ops);
COMMIT;
