BEGIN;
--
-- Add field notes to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ADD COLUMN "notes_id" bigint NULL CONSTRAINT "events_a_table_name__notes_id_94267a2c_fk_blog_sens" REFERENCES "blog_sensor"("code") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_a_table_name__notes_id_94267a2c_fk_blog_sens" IMMEDIATE;
CREATE INDEX "events_a_table_name_that_i_notes_id_94267a2c" ON "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ("notes_id");
COMMIT;
