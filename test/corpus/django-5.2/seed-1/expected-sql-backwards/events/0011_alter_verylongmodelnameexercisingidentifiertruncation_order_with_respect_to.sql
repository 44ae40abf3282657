BEGIN;
--
-- Set order_with_respect_to on verylongmodelnameexercisingidentifiertruncation to website
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" DROP COLUMN "_order" CASCADE;
COMMIT;
