BEGIN;
--
-- Alter field priority on verylongmodelnameexercisingidentifiertruncation
--
SET CONSTRAINTS "events_a_table_name__priority_id_849c67ce_fk_blog_memb" IMMEDIATE; ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" DROP CONSTRAINT "events_a_table_name__priority_id_849c67ce_fk_blog_memb";
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ADD CONSTRAINT "events_a_table_name__priority_id_849c67ce_fk_blog_sens" FOREIGN KEY ("priority_id") REFERENCES "blog_sensor" ("code") DEFERRABLE INITIALLY DEFERRED;
--
-- Alter field notes on verylongmodelnameexercisingidentifiertruncation
--
SET CONSTRAINTS "events_a_table_name__notes_id_94267a2c_fk_blog_memb" IMMEDIATE; ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" DROP CONSTRAINT "events_a_table_name__notes_id_94267a2c_fk_blog_memb";
ALTER TABLE "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ADD CONSTRAINT "events_a_table_name__notes_id_94267a2c_fk_blog_sens" FOREIGN KEY ("notes_id") REFERENCES "blog_sensor" ("code") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
