BEGIN;
--
-- Alter field type on badge
--
ALTER TABLE "fleet_badge" ALTER COLUMN "type" DROP NOT NULL;
COMMIT;
