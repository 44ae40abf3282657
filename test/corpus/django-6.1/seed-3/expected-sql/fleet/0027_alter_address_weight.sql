BEGIN;
--
-- Alter field weight on address
--
UPDATE "fleet_address" SET "weight" = 0 WHERE "weight" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "fleet_address" ALTER COLUMN "weight" SET NOT NULL;
COMMIT;
