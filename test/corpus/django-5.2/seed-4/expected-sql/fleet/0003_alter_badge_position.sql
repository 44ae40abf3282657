BEGIN;
--
-- Alter field position on badge
--
ALTER TABLE "fleet_badge" ALTER COLUMN "position" SET DEFAULT  -5;
COMMIT;
