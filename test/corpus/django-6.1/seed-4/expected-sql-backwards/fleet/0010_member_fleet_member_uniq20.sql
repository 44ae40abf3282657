BEGIN;
--
-- Create constraint fleet_member_uniq20 on model member
--
ALTER TABLE "fleet_member_t2" DROP CONSTRAINT "fleet_member_uniq20";
COMMIT;
