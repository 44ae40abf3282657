BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ADD COLUMN "budget" varchar(20) COLLATE "C" DEFAULT 'it''s' NOT NULL;
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ALTER COLUMN "budget" DROP DEFAULT;
COMMIT;
