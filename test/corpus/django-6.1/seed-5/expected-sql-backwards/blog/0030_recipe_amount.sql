BEGIN;
--
-- Add field amount to recipe
--
ALTER TABLE "blog_recipe_t15" DROP COLUMN "amount";
COMMIT;
