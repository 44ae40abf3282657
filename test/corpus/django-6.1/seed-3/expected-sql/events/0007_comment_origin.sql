BEGIN;
--
-- Add field origin to comment
--
ALTER TABLE "events_comment" ADD COLUMN "origin" int4range NULL;
COMMIT;
