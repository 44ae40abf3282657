BEGIN;
--
-- Add field notes to verylongmodelnameexercisingidentifiertruncation
--
SET CONSTRAINTS "events_a_table_name__notes_id_94267a2c_fk_blog_sens" IMMEDIATE; ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" DROP CONSTRAINT "events_a_table_name__notes_id_94267a2c_fk_blog_sens";
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" DROP COLUMN "notes_id" CASCADE;
COMMIT;
