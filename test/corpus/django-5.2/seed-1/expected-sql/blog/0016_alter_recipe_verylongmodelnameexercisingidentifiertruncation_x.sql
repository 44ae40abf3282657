BEGIN;
--
-- Alter field verylongmodelnameexercisingidentifiertruncation_x on recipe
--
SET CONSTRAINTS "blog_recipe_verylongmodelnameexe_9c170699_fk_events_a_" IMMEDIATE; ALTER TABLE "blog_recipe" DROP CONSTRAINT "blog_recipe_verylongmodelnameexe_9c170699_fk_events_a_";
ALTER TABLE "blog_recipe" ALTER COLUMN "verylongmodelnameexercisingidentifiertruncation_x_id" DROP NOT NULL;
ALTER TABLE "blog_recipe" ADD CONSTRAINT "blog_recipe_verylongmodelnameexe_9c170699_fk_events_a_" FOREIGN KEY ("verylongmodelnameexercisingidentifiertruncation_x_id") REFERENCES "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
