BEGIN;
--
-- Alter field color on member
--
ALTER TABLE "fleet_member_t2" ALTER COLUMN "color" SET NOT NULL;
COMMIT;
