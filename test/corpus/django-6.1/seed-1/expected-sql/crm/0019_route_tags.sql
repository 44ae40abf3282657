BEGIN;
--
-- Add field tags to route
--
ALTER TABLE "crm_route" ADD COLUMN "tags" varchar(100) DEFAULT '50%' NOT NULL;
ALTER TABLE "crm_route" ALTER COLUMN "tags" DROP DEFAULT;
COMMIT;
