BEGIN;
--
-- Remove constraint fleet_member_uniq3 from model member
--
ALTER TABLE "fleet_member_t2" DROP CONSTRAINT "fleet_member_uniq3";
COMMIT;
