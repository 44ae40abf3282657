BEGIN;
--
-- Alter field summary on verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" DROP CONSTRAINT "events_verylongmodelname_summary_fdf5cc3a_uniq";
DROP INDEX IF EXISTS "events_verylongmodelname_summary_fdf5cc3a_like";
COMMIT;
