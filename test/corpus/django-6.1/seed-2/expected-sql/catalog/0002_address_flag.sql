BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "catalog_address" ADD COLUMN "flag" varchar(50) DEFAULT '' NOT NULL;
ALTER TABLE "catalog_address" ALTER COLUMN "flag" DROP DEFAULT;
COMMIT;
