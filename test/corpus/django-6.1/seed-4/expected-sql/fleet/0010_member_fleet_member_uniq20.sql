BEGIN;
--
-- Create constraint fleet_member_uniq20 on model member
--
ALTER TABLE "fleet_member_t2" ADD CONSTRAINT "fleet_member_uniq20" UNIQUE NULLS DISTINCT ("color", "flag");
COMMIT;
