BEGIN;
--
-- Alter field verylongmodelnameexercisingidentifiertruncation_x on recipe
--
ALTER TABLE "blog_recipe" ALTER COLUMN "verylongmodelnameexercisingidentifiertruncation_x_id" TYPE integer;
COMMENT ON COLUMN "blog_recipe"."verylongmodelnameexercisingidentifiertruncation_x_id" IS '';
COMMIT;
