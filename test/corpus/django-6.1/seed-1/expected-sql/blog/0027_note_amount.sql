BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "blog_note" ADD COLUMN "amount" boolean DEFAULT false NOT NULL;
ALTER TABLE "blog_note" ALTER COLUMN "amount" DROP DEFAULT;
COMMIT;
