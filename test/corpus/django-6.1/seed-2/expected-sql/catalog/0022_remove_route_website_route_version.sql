BEGIN;
--
-- Remove field website from route
--
ALTER TABLE "catalog_route" DROP COLUMN "website";
--
-- Add field version to route
--
ALTER TABLE "catalog_route" ADD COLUMN "version" varchar(200) DEFAULT '' NOT NULL;
COMMIT;
