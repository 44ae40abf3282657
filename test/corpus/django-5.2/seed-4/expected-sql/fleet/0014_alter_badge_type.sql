BEGIN;
--
-- Alter field type on badge
--
ALTER TABLE "fleet_badge" ALTER COLUMN "type" SET DEFAULT false;
UPDATE "fleet_badge" SET "type" = false WHERE "type" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "fleet_badge" ALTER COLUMN "type" SET NOT NULL;
ALTER TABLE "fleet_badge" ALTER COLUMN "type" DROP DEFAULT;
COMMIT;
