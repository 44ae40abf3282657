BEGIN;
--
-- Add field payload to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ADD COLUMN "payload_id" integer DEFAULT 1 NOT NULL CONSTRAINT "events_a_table_name__payload_id_90adf9fa_fk_events_a_" REFERENCES "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_a_table_name__payload_id_90adf9fa_fk_events_a_" IMMEDIATE;
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ALTER COLUMN "payload_id" DROP DEFAULT;
--
-- Set order_with_respect_to on verylongmodelnameexercisingidentifiertruncation to payload
--
-- (no-op)
--
-- Remove field website from verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" DROP COLUMN "website_id" CASCADE;
CREATE INDEX "events_a_table_name_that_i_payload_id_90adf9fa" ON "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ("payload_id");
COMMIT;
