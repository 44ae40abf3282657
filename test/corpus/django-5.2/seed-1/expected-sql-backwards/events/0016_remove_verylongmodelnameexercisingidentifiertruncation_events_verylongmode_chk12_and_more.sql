BEGIN;
--
-- Create constraint events_verylongmode_chk12 on model verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" DROP CONSTRAINT "events_verylongmode_chk12";
--
-- Rename field closed on verylongmodelnameexercisingidentifiertruncation to extra
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" RENAME COLUMN "extra" TO "closed";
--
-- Remove constraint events_verylongmode_chk12 from model verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ADD CONSTRAINT "events_verylongmode_chk12" CHECK ("closed");
COMMIT;
