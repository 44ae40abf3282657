BEGIN;
--
-- Add field flag to note
--
ALTER TABLE "blog_note" ADD COLUMN "flag" integer DEFAULT  -3 NOT NULL;
ALTER TABLE "blog_note" ALTER COLUMN "flag" DROP DEFAULT;
COMMENT ON COLUMN "blog_note"."flag" IS 'Primary contact';
COMMIT;
