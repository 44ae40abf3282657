BEGIN;
--
-- Remove field website from verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ADD COLUMN "website_id" integer NOT NULL;
--
-- Set order_with_respect_to on verylongmodelnameexercisingidentifiertruncation to payload
--
-- (no-op)
--
-- Add field payload to verylongmodelnameexercisingidentifiertruncation
--
SET CONSTRAINTS "events_a_table_name__payload_id_90adf9fa_fk_events_a_" IMMEDIATE; ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" DROP CONSTRAINT "events_a_table_name__payload_id_90adf9fa_fk_events_a_";
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" DROP COLUMN "payload_id" CASCADE;
CREATE INDEX "events_a_table_name_that_i_website_id_acd15119" ON "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ("website_id");
COMMIT;
