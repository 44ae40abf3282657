BEGIN;
--
-- Alter field weight on address
--
ALTER TABLE "fleet_address" ALTER COLUMN "weight" DROP NOT NULL;
COMMIT;
