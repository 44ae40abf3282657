BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "catalog_member" DROP COLUMN "size" CASCADE;
COMMIT;
