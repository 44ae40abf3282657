BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "blog_note" DROP COLUMN "amount";
COMMIT;
