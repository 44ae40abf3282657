BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "blog_sensor" ADD COLUMN "ratio" jsonb NULL;
COMMIT;
