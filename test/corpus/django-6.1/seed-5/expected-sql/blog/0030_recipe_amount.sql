BEGIN;
--
-- Add field amount to recipe
--
ALTER TABLE "blog_recipe_t15" ADD COLUMN "amount" varchar(10) DEFAULT '' NOT NULL;
ALTER TABLE "blog_recipe_t15" ALTER COLUMN "amount" DROP DEFAULT;
COMMENT ON COLUMN "blog_recipe_t15"."amount" IS 'Заметка';
COMMIT;
