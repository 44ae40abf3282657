BEGIN;
--
-- Add field version to route
--
ALTER TABLE "catalog_route" DROP COLUMN "version";
--
-- Remove field website from route
--
ALTER TABLE "catalog_route" ADD COLUMN "website" varchar(200) DEFAULT '' NOT NULL;
COMMIT;
