BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "blog_sensor" DROP COLUMN "ratio" CASCADE;
COMMIT;
