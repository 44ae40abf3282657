BEGIN;
--
-- Alter field qty on note
--
ALTER TABLE "blog_note" ALTER COLUMN "qty" SET DEFAULT '2024-02-29 23:59:59+00:00'::timestamptz;
COMMIT;
