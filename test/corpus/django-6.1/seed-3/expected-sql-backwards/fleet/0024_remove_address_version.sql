BEGIN;
--
-- Remove field version from address
--
ALTER TABLE "fleet_address" ADD COLUMN "MixedCase_version" varchar(200) DEFAULT 'new' NOT NULL;
COMMIT;
