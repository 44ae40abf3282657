BEGIN;
--
-- Alter field count on note
--
ALTER TABLE "blog_note" ALTER COLUMN "count" TYPE varchar(200);
COMMENT ON COLUMN "blog_note"."count" IS 'Budget total 23';
COMMIT;
