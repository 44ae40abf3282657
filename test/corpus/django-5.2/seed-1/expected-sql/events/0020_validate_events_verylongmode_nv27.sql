BEGIN;
--
-- Validate constraint events_verylongmode_nv27 on model verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" VALIDATE CONSTRAINT "events_verylongmode_nv27";
COMMIT;
