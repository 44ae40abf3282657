BEGIN;
--
-- Add field kind to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ADD COLUMN "kind" varchar(10) DEFAULT '' NOT NULL;
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ALTER COLUMN "kind" DROP DEFAULT;
COMMIT;
