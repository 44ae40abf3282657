BEGIN;
--
-- Alter field color on member
--
ALTER TABLE "fleet_member_t2" ALTER COLUMN "color" DROP NOT NULL;
COMMIT;
