BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "catalog_address" ADD COLUMN "size" integer DEFAULT 42 NOT NULL CHECK ("size" >= 0);
COMMIT;
