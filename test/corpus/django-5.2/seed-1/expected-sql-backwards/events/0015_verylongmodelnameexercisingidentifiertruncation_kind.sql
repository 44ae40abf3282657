BEGIN;
--
-- Add field kind to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" DROP COLUMN "kind" CASCADE;
COMMIT;
