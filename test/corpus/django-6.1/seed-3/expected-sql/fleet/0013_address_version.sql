BEGIN;
--
-- Add field version to address
--
ALTER TABLE "fleet_address" ADD COLUMN "MixedCase_version" varchar(200) DEFAULT 'new' NOT NULL;
COMMIT;
