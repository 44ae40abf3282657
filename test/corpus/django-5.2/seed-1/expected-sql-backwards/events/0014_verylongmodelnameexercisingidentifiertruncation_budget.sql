BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" DROP COLUMN "budget" CASCADE;
COMMIT;
