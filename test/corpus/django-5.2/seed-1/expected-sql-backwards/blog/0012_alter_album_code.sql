BEGIN;
--
-- Alter field code on album
--
ALTER TABLE "blog_album" ALTER COLUMN "code" TYPE integer;
COMMENT ON COLUMN "blog_album"."code" IS '';
COMMIT;
